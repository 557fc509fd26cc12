package dev.gradio4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The MultimodalTextbox through a real endpoint: text and uploaded files in as a
 * {@link MultimodalValue}, a value out with its files served, attachments of other types or too
 * many of them refused before the handler runs, and what the config and the API say of it.
 */
@Timeout(30)
class MultimodalTextboxTest {
    @TempDir
    static Path uploads;
    static Server server;
    static WireClient client;
    static final AtomicReference<MultimodalValue> received = new AtomicReference<>();

    @BeforeAll
    static void start() {
        var any = MultimodalTextbox.create().multipleFiles().placeholder("Ask").stopButton(true);
        var images = MultimodalTextbox.create().fileTypes("image", ".pdf");
        var go = Button.of("go");
        go.click((MultimodalValue message) -> {
            received.set(message);
            List<Path> files = new ArrayList<>(message.files());
            return new MultimodalValue(message.text().toUpperCase(), files.reversed());
        }, any, any).apiName("shout");
        go.click((MultimodalValue message) -> {
            received.set(message);
            return message.text();
        }, images, Gr.textbox()).apiName("images_only");
        go.click(args -> "reply", List.of(), any).apiName("from_string");
        server = Blocks.of(any, images, go).launch(Launch.options().port(0).quiet(true).uploadDir(uploads));
        client = new WireClient(server);
    }

    @AfterAll
    static void stop() {
        client.close();
        server.close();
    }

    static Map<String, Object> uploaded(String name, String content) {
        var response = client.upload(name, content.getBytes(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return WireClient.fileData((String) ((List<?>) WireClient.parse(response.body())).getFirst(), name);
    }

    static Map<String, Object> message(String text, Object... files) {
        return Map.of("text", text, "files", List.of(files));
    }

    static java.net.http.HttpResponse<String> run(String api, Object payload) {
        return client.post("/gradio_api/run/" + api, Map.of("data", Arrays.asList(payload)));
    }

    @Test
    @SuppressWarnings("unchecked")
    void textAndFilesArriveTogetherAndTheFilesOfTheAnswerAreServed() throws Exception {
        var response = run("shout", message("look", uploaded("a.txt", "first"), uploaded("b.txt", "second")));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);

        MultimodalValue seen = received.get();
        assertThat(seen.text()).isEqualTo("look");
        assertThat(seen.files()).extracting(p -> p.getFileName().toString()).containsExactly("a.txt", "b.txt");
        assertThat(Files.readString(seen.files().getFirst())).isEqualTo("first");

        var out = (Map<String, Object>) ((List<?>) WireClient.object(response.body()).get("data")).getFirst();
        assertThat(out.get("text")).isEqualTo("LOOK");
        var files = (List<Map<String, Object>>) out.get("files");
        assertThat(files).extracting(f -> f.get("orig_name")).containsExactly("b.txt", "a.txt");
        assertThat(files.getFirst().get("url")).asString().startsWith(client.base() + "/gradio_api/file=");
    }

    @Test
    void aMissingFilesListIsNoFilesAndAStringResultIsText() {
        assertThat(run("shout", Map.of("text", "only text")).statusCode()).isEqualTo(200);
        assertThat(received.get()).isEqualTo(new MultimodalValue("only text", List.of()));

        var response = client.post("/gradio_api/run/from_string", Map.of("data", List.of()));
        assertThat(WireClient.object(response.body()).get("data")).isEqualTo(List.of(Map.of("text", "reply", "files", List.of())));
    }

    @Test
    void attachmentsOfOtherTypesOrTooManyAreRefusedBeforeTheHandlerRuns() {
        received.set(null);
        var wrongType = run("images_only", message("read this", uploaded("notes.exe", "MZ")));
        assertThat(wrongType.statusCode()).isEqualTo(422);
        assertThat(wrongType.body()).contains("notes.exe is not an accepted type; accepted: image, .pdf");

        var disguised = new java.util.HashMap<>(uploaded("evil.exe", "MZ"));
        disguised.put("orig_name", "cat.png");
        disguised.put("mime_type", "image/png");
        var lying = run("images_only", message("look", disguised));
        assertThat(lying.statusCode()).as("the stored file's name decides, not what the client says").isEqualTo(422);
        assertThat(lying.body()).contains("evil.exe is not an accepted type");

        var tooMany = run("images_only", message("two", uploaded("a.png", "x"), uploaded("b.png", "y")));
        assertThat(tooMany.statusCode()).isEqualTo(422);
        assertThat(tooMany.body()).contains("takes one file, got 2");

        var notText = run("images_only", Map.of("text", 42, "files", List.of()));
        assertThat(notText.statusCode()).isEqualTo(422);
        assertThat(notText.body()).contains("\\\"text\\\" must be a string");
        assertThat(received.get()).as("the handler never ran").isNull();

        assertThat(run("images_only", message("ok", uploaded("scan.PDF", "%PDF"))).statusCode()).isEqualTo(200);
        assertThat(received.get().files()).hasSize(1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theConfigAndTheApiDescribeItAsGradioDoes() {
        var components = (List<Map<String, Object>>) client.config().get("components");
        var box = components.stream().filter(c -> "multimodaltextbox".equals(c.get("type"))).findFirst().orElseThrow();
        var props = (Map<String, Object>) box.get("props");
        assertThat(props).containsEntry("file_count", "multiple").containsEntry("placeholder", "Ask")
                .containsEntry("stop_btn", true).containsEntry("submit_btn", true).containsEntry("sources", List.of("upload"))
                .containsEntry("max_plain_text_length", 1000);

        var info = WireClient.object(client.get("/gradio_api/info").body());
        var shout = (Map<String, Object>) ((Map<String, Object>) info.get("named_endpoints")).get("/shout");
        var parameter = ((List<Map<String, Object>>) shout.get("parameters")).getFirst();
        assertThat(parameter.get("component")).isEqualTo("Multimodaltextbox");
        assertThat(((Map<String, Object>) parameter.get("python_type")).get("type")).isEqualTo("dict(text: str, files: list[filepath])");
    }
}
