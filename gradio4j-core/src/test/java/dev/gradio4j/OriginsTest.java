package dev.gradio4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Who may use an app from a browser, and under which names, over raw HTTP (the JDK client will
 * not send a forged {@code Host}): a page on another origin reads nothing and changes nothing,
 * a second loopback port included; a loopback-bound app refuses a foreign host name (DNS
 * rebinding); allowed origins and hosts work; forwarded headers count only from trusted proxies.
 */
@Timeout(30)
class OriginsTest {
    static final AtomicInteger calls = new AtomicInteger();
    static Server server;
    static Server open;
    static String self;

    static Blocks app() {
        var text = Gr.textbox();
        var go = Button.of("go");
        go.click((String s) -> {
            calls.incrementAndGet();
            return s;
        }, text, text).apiName("echo");
        return Blocks.of(text, go);
    }

    @BeforeAll
    static void start() {
        server = app().launch(Launch.options().port(0).quiet(true));
        self = "http://127.0.0.1:" + server.port();
        open = app().launch(Launch.options().port(0).quiet(true).allowedOrigins("https://intranet.example.com")
                .allowedHosts("gradio.test").trustedProxies("127.0.0.1"));
    }

    @AfterAll
    static void stop() {
        server.close();
        open.close();
    }

    /** One HTTP/1.1 exchange on a fresh connection; answers the status line, headers and body. */
    static String exchange(Server target, String method, String path, String... headers) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", target.port())) {
            socket.setSoTimeout(10_000);
            StringBuilder request = new StringBuilder(method + " " + path + " HTTP/1.1\r\n");
            boolean hasHost = false;
            for (String header : headers) {
                hasHost |= header.toLowerCase().startsWith("host:");
                request.append(header).append("\r\n");
            }
            if (!hasHost) {
                request.append("Host: 127.0.0.1:").append(target.port()).append("\r\n");
            }
            String body = method.equals("POST") ? "{\"data\":[\"x\"],\"fn_index\":0,\"session_hash\":\"origins-test-session\"}" : "";
            request.append("Content-Length: ").append(body.getBytes(StandardCharsets.UTF_8).length).append("\r\n");
            request.append("Connection: close\r\n\r\n").append(body);
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aPageOnAnotherOriginGetsNoPermissionToReadTheApp() throws IOException {
        String answer = exchange(server, "GET", "/config", "Origin: https://evil.example");
        assertThat(answer).startsWith("HTTP/1.1 200").doesNotContainIgnoringCase("Access-Control-Allow-Origin");
    }

    @Test
    void aPostFromAnotherOriginIsRefusedEvenWithoutPreflightAndNothingRuns() throws IOException {
        int before = calls.get();
        for (String origin : new String[] {"https://evil.example", "null", "http://127.0.0.1.evil.example", "http://127.0.0.1:9"}) {
            String answer = exchange(server, "POST", "/gradio_api/queue/join", "Origin: " + origin, "Content-Type: text/plain");
            assertThat(answer).as(origin).startsWith("HTTP/1.1 403").contains("may not use this app")
                    .contains("allowedOrigins").doesNotContainIgnoringCase("Access-Control-Allow-Origin");
            assertThat(exchange(server, "POST", "/gradio_api/run/echo", "Origin: " + origin)).as(origin).startsWith("HTTP/1.1 403");
        }
        assertThat(calls.get()).isEqualTo(before);
    }

    @Test
    void theAppsOwnPagesMayCallIt() throws IOException {
        String answer = exchange(server, "POST", "/gradio_api/run/echo", "Origin: " + self, "Content-Type: application/json");
        assertThat(answer).startsWith("HTTP/1.1 200").containsIgnoringCase("Access-Control-Allow-Origin: " + self);
        String viaLocalhost = exchange(server, "POST", "/gradio_api/run/echo", "Host: localhost:" + server.port(),
                "Origin: http://localhost:" + server.port(), "Content-Type: application/json");
        assertThat(viaLocalhost).startsWith("HTTP/1.1 200");
    }

    @Test
    void anAllowedOriginMayCallTheAppAfterItsPreflight() throws IOException {
        String preflight = exchange(open, "OPTIONS", "/gradio_api/queue/join", "Origin: https://intranet.example.com",
                "Access-Control-Request-Method: POST", "Access-Control-Request-Headers: content-type");
        assertThat(preflight).startsWith("HTTP/1.1 200")
                .containsIgnoringCase("Access-Control-Allow-Origin: https://intranet.example.com")
                .containsIgnoringCase("Access-Control-Allow-Credentials: true")
                .containsIgnoringCase("Access-Control-Allow-Headers: content-type");
        assertThat(exchange(open, "POST", "/gradio_api/run/echo", "Origin: https://intranet.example.com",
                "Content-Type: application/json")).startsWith("HTTP/1.1 200");
        assertThat(exchange(open, "POST", "/gradio_api/run/echo", "Origin: https://other.example.com",
                "Content-Type: application/json")).startsWith("HTTP/1.1 403");
    }

    @Test
    void aLoopbackAppRefusesAForeignHostNameButAnswersLocalAndAllowedOnes() throws IOException {
        String rebound = exchange(server, "GET", "/config", "Host: rebind.evil.example");
        assertThat(rebound).startsWith("HTTP/1.1 400").contains("answers only to local names")
                .contains("rebind.evil.example").doesNotContain("\"components\"");
        assertThat(exchange(server, "GET", "/config", "Host: localhost:" + server.port())).startsWith("HTTP/1.1 200");
        assertThat(exchange(server, "GET", "/config", "Host: [::1]:" + server.port())).startsWith("HTTP/1.1 200");
        assertThat(exchange(open, "GET", "/config", "Host: gradio.test")).startsWith("HTTP/1.1 200");
    }

    @Test
    void forwardedHeadersCountOnlyFromTrustedProxiesAndOnlyWhenWellFormed() throws IOException {
        String untrusted = exchange(server, "GET", "/config", "X-Forwarded-Host: evil.example", "X-Forwarded-Proto: https");
        assertThat(untrusted).contains("\"root\":\"http://127.0.0.1:" + server.port() + "\"");
        String trusted = exchange(open, "GET", "/config", "X-Forwarded-Host: gradio.example.com", "X-Forwarded-Proto: https");
        assertThat(trusted).contains("\"root\":\"https://gradio.example.com\"");
        String forged = exchange(open, "GET", "/config", "X-Forwarded-Host: evil.example/x", "X-Forwarded-Proto: javascript");
        assertThat(forged).contains("\"root\":\"http://127.0.0.1:" + open.port() + "\"");
    }

    @Test
    void anOriginThatIsNotOneIsRefusedAtLaunch() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Launch.options().allowedOrigins("intranet.example.com"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("http(s)://host[:port]");
    }

    @Test
    void anyPageMayFrameTheAppByDefaultAsWithGradioAndFrameAncestorsLimitsWhich() throws IOException {
        assertThat(exchange(server, "GET", "/")).doesNotContainIgnoringCase("frame-ancestors");
        try (Server closed = app().launch(Launch.options().port(0).quiet(true).frameAncestors());
             Server embedded = app().launch(Launch.options().port(0).quiet(true).frameAncestors("https://intranet.example.com"))) {
            assertThat(exchange(closed, "GET", "/")).containsIgnoringCase("Content-Security-Policy: frame-ancestors 'none'")
                    .containsIgnoringCase("X-Frame-Options: DENY");
            assertThat(exchange(embedded, "GET", "/"))
                    .containsIgnoringCase("Content-Security-Policy: frame-ancestors 'self' https://intranet.example.com");
        }
    }
}
