package dev.gradio4j;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradio4j.internal.json.JsonCodec;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code GET /gradio_api/upload_progress?upload_id=}: the stream of an upload's progress, fed by
 * {@code POST /gradio_api/upload?upload_id=}, as Gradio's page reads it, for the uploader only.
 */
@Timeout(30)
class UploadProgressTest {
    static Server server;
    static final HttpClient http = HttpClient.newHttpClient();
    static String alice;
    static String bob;

    @BeforeAll
    static void start() throws Exception {
        server = Blocks.of(Markdown.of("# uploads")).launch(Launch.options().port(0).quiet(true)
                .auth("alice", "alice-pass").auth("bob", "bob-pass"));
        alice = login("alice", "alice-pass");
        bob = login("bob", "bob-pass");
    }

    @AfterAll
    static void stop() {
        server.close();
        http.close();
    }

    static String login(String user, String password) throws Exception {
        var response = http.send(HttpRequest.newBuilder(URI.create(server.url() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + password)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
    }

    static HttpResponse<String> upload(String cookie, String uploadId, Map<String, byte[]> files) throws Exception {
        String boundary = "----progress-" + UUID.randomUUID();
        var body = new ByteArrayOutputStream();
        files.forEach((name, content) -> {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + name
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(content);
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        });
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(URI.create(server.url() + "/gradio_api/upload?upload_id="
                        + URLEncoder.encode(uploadId, StandardCharsets.UTF_8)))
                .header("Cookie", cookie).header("content-type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
    }

    static CompletableFuture<HttpResponse<String>> watch(String cookie, String uploadId) {
        return http.sendAsync(HttpRequest.newBuilder(URI.create(server.url() + "/gradio_api/upload_progress?upload_id="
                + URLEncoder.encode(uploadId, StandardCharsets.UTF_8))).header("Cookie", cookie).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The {@code data:} messages of a finished stream. */
    static List<Object> messages(String stream) {
        return stream.lines().filter(line -> line.startsWith("data: ")).map(line -> JsonCodec.parse(line.substring(6)))
                .collect(Collectors.toList());
    }

    @Test
    void theStreamOpenedBeforeTheUploadTellsEachFilesBytesThenDone() throws Exception {
        String id = UUID.randomUUID().toString();
        var stream = watch(alice, id);
        Thread.sleep(200);   // the page opens the stream as it starts the upload: here, surely first
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("a.txt", new byte[1500]);
        files.put("b.bin", new byte[70_000]);
        var uploaded = upload(alice, id, files);
        assertThat(uploaded.statusCode()).isEqualTo(200);

        var response = stream.get();
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("content-type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/event-stream"));
        List<Object> messages = messages(response.body());
        assertThat(messages.getLast()).isEqualTo(Map.of("msg", "done"));
        Map<Object, Long> bytes = new LinkedHashMap<>();
        for (Object message : messages.subList(0, messages.size() - 1)) {
            @SuppressWarnings("unchecked") var update = (Map<String, Object>) message;
            assertThat(update.get("msg")).isEqualTo("update");
            bytes.merge(update.get("orig_name"), ((java.lang.Number) update.get("chunk_size")).longValue(), Long::sum);
        }
        assertThat(bytes).isEqualTo(Map.of("a.txt", 1500L, "b.bin", 70_000L));
    }

    @Test
    void aStreamOpenedJustAfterTheUploadStillGetsItsNews() throws Exception {
        String id = UUID.randomUUID().toString();
        assertThat(upload(alice, id, Map.of("late.txt", "late".getBytes(StandardCharsets.UTF_8))).statusCode()).isEqualTo(200);
        List<Object> messages = messages(watch(alice, id).get().body());
        assertThat(messages).containsExactly(Map.of("msg", "update", "orig_name", "late.txt", "chunk_size", 4L), Map.of("msg", "done"));
        // Watched to its end, it is forgotten.
        var again = watch(alice, id).get();
        assertThat(again.statusCode()).isEqualTo(404);
    }

    @Test
    void anotherUserCannotWatchAnUploadAndLearnsNothingOfIt() throws Exception {
        String id = UUID.randomUUID().toString();
        assertThat(upload(alice, id, Map.of("secret.txt", new byte[10])).statusCode()).isEqualTo(200);
        var bobs = watch(bob, id).get();
        assertThat(bobs.statusCode()).isEqualTo(404);
        assertThat(bobs.body()).isEqualTo("Upload not found").doesNotContain("secret");
        // Nor can Bob reuse Alice's id to hear of his own upload through it, or spoil hers.
        assertThat(upload(bob, id, Map.of("mine.txt", new byte[3])).statusCode()).isEqualTo(200);
        assertThat(messages(watch(alice, id).get().body())).containsExactly(
                Map.of("msg", "update", "orig_name", "secret.txt", "chunk_size", 10L), Map.of("msg", "done"));
    }

    @Test
    void anUnknownUploadIs404InPlainTextAndAMissingIdIsAClearError() throws Exception {
        long start = System.nanoTime();
        var unknown = watch(alice, "none").get();
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("content-type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("it waited for the upload to start").isGreaterThan(Duration.ofSeconds(2));
        var missing = http.send(HttpRequest.newBuilder(URI.create(server.url() + "/gradio_api/upload_progress"))
                .header("Cookie", alice).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(missing.statusCode()).isEqualTo(422);
        assertThat(missing.body()).contains("upload_id");
        var anonymous = http.send(HttpRequest.newBuilder(URI.create(server.url() + "/gradio_api/upload_progress?upload_id=x"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(401);
    }
}
