package dev.gradio4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code POST /gradio_api/upload}: multipart {@code files} parts become server paths that can
 * be downloaded again; files over {@code Launch.maxFileSize} get 413 naming the limit, and the
 * server keeps serving.
 */
@Timeout(30)
class UploadTest {
    static final int LIMIT = 4096;
    @TempDir
    static Path uploads;
    static Server server;
    static WireClient client;

    @BeforeAll
    static void start() {
        var text = Gr.textbox();
        var go = Button.of("go");
        go.click((String s) -> s, text, text);
        server = Blocks.of(text, go).launch(Launch.options().port(0).quiet(true).uploadDir(uploads).maxFileSize(LIMIT));
        client = new WireClient(server);
    }

    @AfterAll
    static void stop() {
        client.close();
        server.close();
    }

    @SuppressWarnings("unchecked")
    static List<String> paths(String body) {
        return (List<String>) WireClient.parse(body);
    }

    static String download(String path) {
        StringBuilder encoded = new StringBuilder();
        for (String segment : path.split("/", -1)) {
            encoded.append(encoded.isEmpty() && segment.isEmpty() ? "" : "/")
                    .append(URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        var response = client.get("/gradio_api/file=" + encoded);
        assertThat(response.statusCode()).as("download %s", path).isEqualTo(200);
        return response.body();
    }

    @Test
    void everyFilesPartBecomesAServerPathInOrderThatServesTheSameBytes() throws Exception {
        var response = client.upload("notes one.txt", "first file", "data.csv", "a,b\n1,2\n");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);

        List<String> paths = paths(response.body());
        assertThat(paths).hasSize(2);
        assertThat(Path.of(paths.get(0)).getFileName()).hasToString("notes one.txt");
        assertThat(Path.of(paths.get(1)).getFileName()).hasToString("data.csv");
        assertThat(paths).allSatisfy(p -> assertThat(Path.of(p).toRealPath()).startsWith(uploads.toRealPath()));
        assertThat(Files.readString(Path.of(paths.get(0)))).isEqualTo("first file");
        assertThat(download(paths.get(0))).isEqualTo("first file");
        assertThat(download(paths.get(1))).isEqualTo("a,b\n1,2\n");
    }

    @Test
    void dangerousFileNamesAreSanitisedIntoTheUploadDirectory() throws Exception {
        var response = client.upload("../../evil.txt", "x");
        assertThat(response.statusCode()).isEqualTo(200);
        Path stored = Path.of(paths(response.body()).getFirst()).toRealPath();
        assertThat(stored).startsWith(uploads.toRealPath());
        assertThat(stored.getFileName().toString()).doesNotContain("/").endsWith("evil.txt");
    }

    @Test
    void aFileAtTheLimitIsAcceptedAndOneByteMoreIs413NamingTheLimit() {
        assertThat(client.upload("exact.bin", new byte[LIMIT]).statusCode()).isEqualTo(200);

        var tooBig = client.upload("big.bin", new byte[LIMIT + 1]);
        assertThat(tooBig.statusCode()).as(tooBig.body()).isEqualTo(413);
        assertThat(WireClient.object(tooBig.body()).get("detail")).asString().contains(String.valueOf(LIMIT));
    }

    @Test
    void theServerKeepsServingAfterARefusedUpload() {
        assertThat(client.upload("big.bin", new byte[LIMIT * 3]).statusCode()).isEqualTo(413);

        var small = client.upload("small.txt", "still here");
        assertThat(small.statusCode()).isEqualTo(200);
        assertThat(download(paths(small.body()).getFirst())).isEqualTo("still here");
        assertThat(client.post("/gradio_api/run/lambda", java.util.Map.of("data", List.of("ok"))).body()).contains("\"data\":[\"ok\"]");
    }

    @Test
    void aBodyFarOverTheLimitIsRefusedFromItsLengthBeforeItIsSent() throws Exception {
        // Only the headers go out: the answer must come without the server waiting for the body.
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(5000);
            socket.getOutputStream().write(("POST /gradio_api/upload HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Content-Type: multipart/form-data; boundary=x\r\nContent-Length: " + 64L * 1024 * 1024 + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(answer).startsWith("HTTP/1.1 413").containsIgnoringCase("connection: close").contains(String.valueOf(LIMIT));
        }
    }

    @Test
    void aBodyThatIsNotMultipartIs400() {
        var response = client.post("/gradio_api/upload", "{}");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(WireClient.object(response.body()).get("detail")).asString().contains("multipart/form-data");
    }
}
