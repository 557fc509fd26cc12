package dev.gradio4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradio4j.Gr;
import dev.gradio4j.Launch;
import dev.gradio4j.Server;
import dev.gradio4j.client.Client;
import dev.gradio4j.client.FileInput;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code Gr.load} of the other kinds of remote than {@link LoadTest}'s Gradio 6 Blocks: the same
 * Blocks app served by Gradio 4 (whose config and routes differ: no API prefix, {@code show_api},
 * components named by type), and an Interface on Gradio 6 and Gradio 4. Each copy answers as its
 * remote does, its examples work, and its initial files come through its proxy.
 */
@Timeout(300)
class LoadedKindsTest {

    @Test
    void aBlocksAppOnGradio4LoadsAndAnswersAsItsRemote(@TempDir Path dir) throws Exception {
        try (var remote = new ClientSuites.GradioTwin(Path.of("load", "remote.py"), ClientSuites.python("gradio4.venv"));
             Server local = Gr.load(remote.url).launch(Launch.options().port(0).quiet(true));
             var there = Client.connect(remote.url); var here = Client.connect(local.url())) {
            assertThat(there.config().get("version")).asString().startsWith("4.");
            Path notes = Files.writeString(dir.resolve("notes.txt"), "some notes");
            for (Client client : List.of(there, here)) {
                String which = client == here ? "the copy" : "the remote";
                assertThat(client.predict("/greet", "Ada", "?", true).text(0)).as(which).isEqualTo("HELLO, ADA?");
                assertThat(client.predict("/add", 2, 5).number(0)).as(which).isEqualTo(7.0);
                assertThat(client.submit("/stream", "abc").outputs().map(r -> r.text(0)).distinct().toList()).as(which)
                        .containsExactly("a", "ab", "abc");
                assertThat(new String(client.predict("/upper_file", FileInput.of(notes)).file(0).bytes(), StandardCharsets.UTF_8))
                        .as(which).isEqualTo("SOME NOTES");
                assertThat(client.predict("/count").text(0)).as(which).isEqualTo("called 1 times");
            }
            assertThat(ExampleClicks.click(local.url(), 0)).containsEntry("name", "Ada").containsEntry("greeting", "HELLO, ADA?");
            assertThat(readme(local.url())).isEqualTo("read me");
        }
    }

    @Test
    void anInterfaceLoadsFromGradio6AndFromGradio4() throws Exception {
        for (String venv : List.of("gradio.venv", "gradio4.venv")) {
            try (var remote = new ClientSuites.GradioTwin(Path.of("load", "interface.py"), ClientSuites.python(venv));
                 Server local = Gr.load(remote.url).launch(Launch.options().port(0).quiet(true));
                 var there = Client.connect(remote.url); var here = Client.connect(local.url())) {
                assertThat(here.config().get("mode")).as(venv).isEqualTo("interface");
                assertThat(here.config().get("title")).as(venv).isEqualTo("Repeater");
                // Gradio 6 names the endpoint after the function, Gradio 4 "/predict"
                String endpoint = there.viewApi().endpoints().getFirst().name();
                assertThat(here.viewApi().endpoints().stream().map(e -> e.name()).toList()).as(venv).containsExactly(endpoint);
                assertThat(here.predict(endpoint, "ab", 3).text(0)).as(venv).isEqualTo("ab ab ab")
                        .isEqualTo(there.predict(endpoint, "ab", 3).text(0));
                assertThat(here.predict(endpoint, Map.of("word", "x")).text(0)).as(venv + ": the slider's default")
                        .isEqualTo("x x");
                assertThat(ExampleClicks.click(local.url(), 1)).as(venv).containsEntry("word", "cd").containsEntry("times", 1)
                        .isEqualTo(ExampleClicks.click(remote.url, 1));
            }
        }
    }

    /** The body of the copy's "readme" File's initial value, fetched from the URL the page is given. */
    private static String readme(String url) throws Exception {
        String fileUrl;
        try (var here = Client.connect(url)) {
            Map<?, ?> props = ((List<?>) here.config().get("components")).stream().map(c -> (Map<?, ?>) ((Map<?, ?>) c).get("props"))
                    .filter(p -> "readme".equals(p.get("label"))).findFirst().orElseThrow();
            fileUrl = (String) ((Map<?, ?>) props.get("value")).get("url");
        }
        assertThat(fileUrl).startsWith(url + "/gradio_api/proxy=");
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> file = http.send(HttpRequest.newBuilder(URI.create(fileUrl)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(file.statusCode()).isEqualTo(200);
            return file.body();
        }
    }
}
