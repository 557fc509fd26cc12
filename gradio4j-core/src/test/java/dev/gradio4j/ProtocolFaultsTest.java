package dev.gradio4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Faults at the edge of HTTP: each gets its own status and a message, and the connection that
 * follows is safe to use or says it is closing.
 */
@Timeout(30)
class ProtocolFaultsTest {
    static final byte[] REPORT = "quarterly figures".getBytes(StandardCharsets.UTF_8);
    static Server server;
    static WireClient client;

    @BeforeAll
    static void start() {
        var text = Gr.textbox();
        var file = Gr.file();
        var go = Button.of("go");
        go.click((String s) -> s, text, text).apiName("echo");
        var report = Button.of("report");
        report.click(() -> java.nio.file.Files.write(java.nio.file.Files.createTempFile("report", ".txt"), REPORT),
                Gr.file().label("report")).apiName("report");
        server = Blocks.of(text, file, go, report).launch(Launch.options().port(0).quiet(true).heartbeat(Duration.ofMillis(500)));
        client = new WireClient(server);
    }

    @AfterAll
    static void stop() {
        client.close();
        server.close();
    }

    /** Writes {@code requests} on one connection and answers everything the server sent back. */
    static String raw(String requests) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(15_000);
            socket.getOutputStream().write(requests.getBytes(StandardCharsets.UTF_8));
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aQueryStringThatIsNotUtf8Is400WithWhatToFix() {
        var stream = client.get("/gradio_api/queue/data?session_hash=%ff");
        assertThat(stream.statusCode()).isEqualTo(400);
        assertThat(stream.body()).contains("percent-encoded UTF-8");
        var join = client.post("/gradio_api/queue/join?x=%ff", Map.of("data", List.of("a"), "fn_index", 0, "session_hash", WireClient.newSession()));
        assertThat(join.statusCode()).isEqualTo(400);
    }

    @Test
    void aFileWhoseNameHasAPercentSignRoundTrips() {
        var uploaded = client.upload("report 100% final.txt", REPORT);
        String path = (String) ((List<?>) WireClient.parse(uploaded.body())).getFirst();
        assertThat(path).endsWith("/report 100% final.txt");
        String encoded = URLEncoder.encode(path, StandardCharsets.UTF_8).replace("+", "%20").replace("%2F", "/");
        var download = client.get("/gradio_api/file=" + encoded);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo("quarterly figures");
    }

    @Test
    void jettysOwnRefusalsSayTheConnectionClosesAndTheClientCanGoOn() throws IOException {
        String following = "GET /config HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";
        for (String bad : List.of("GET /../../etc/passwd HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n",
                "GET /config%00 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")) {
            String answer = raw(bad + following);
            assertThat(answer).as(bad).startsWith("HTTP/1.1 400").contains("Connection: close")
                    .contains("\"detail\":").doesNotContain("Powered by Jetty");
        }
        assertThat(client.get("/config").statusCode()).isEqualTo(200);
    }

    @Test
    void aBodyThatStopsArrivingIs408() throws IOException {
        long started = System.nanoTime();
        String answer = raw("POST /gradio_api/run/echo HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                + "Content-Length: 100\r\n\r\n{\"data\":");
        assertThat(answer).startsWith("HTTP/1.1 408").contains("Connection: close").contains("stopped arriving");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void anOutputsPathCannotBeToldFromItsContent() throws Exception {
        var response = client.post("/gradio_api/run/report", Map.of("data", List.of()));
        String path = (String) ((Map<?, ?>) ((List<?>) WireClient.object(response.body()).get("data")).getFirst()).get("path");
        String contentHash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(REPORT));
        assertThat(path).doesNotContain(contentHash);
    }
}
