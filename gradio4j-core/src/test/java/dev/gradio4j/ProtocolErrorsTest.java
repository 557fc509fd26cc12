package dev.gradio4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Bad input gets a clear 4xx on a real server, and the server keeps serving. */
class ProtocolErrorsTest {
    static Server server;
    static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        var text = Textbox.create().label("text");
        var out = Textbox.create();
        var go = Button.of("go");
        go.click((String s) -> s + "!", text, out).apiName("shout");
        var secret = Button.of("secret");
        secret.click((String s) -> s, text, out).apiName("secret").apiVisibility(ApiVisibility.PRIVATE);
        server = Blocks.of(text, out, go, secret).launch(Launch.options().port(0).quiet(true));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static HttpResponse<String> post(String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.url() + path))
                .header("content-type", "application/json")
                .header("x-gradio-user", "api")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.url() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void malformedJsonIs400WithTheReason() throws Exception {
        var response = post("/gradio_api/queue/join", "{not json");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("not valid JSON");
    }

    @Test
    void unknownFnIndexAndApiNameAre404() throws Exception {
        assertThat(post("/gradio_api/queue/join", "{\"data\":[\"x\"],\"fn_index\":99,\"session_hash\":\"test-session\"}").statusCode()).isEqualTo(404);
        var response = post("/gradio_api/call/nope", "{\"data\":[\"x\"]}");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("/nope").contains("gradio_api/info");
    }

    @Test
    void wrongArgumentCountAndTypeAre422() throws Exception {
        var count = post("/gradio_api/call/shout", "{\"data\":[\"a\",\"b\"]}");
        assertThat(count.statusCode()).isEqualTo(422);
        assertThat(count.body()).contains("takes 1 argument").contains("2 were given");
        var type = post("/gradio_api/call/shout", "{\"data\":[{\"text\":42}]}");
        assertThat(type.statusCode()).isEqualTo(422);
        assertThat(type.body()).contains("expected a string");
    }

    @Test
    void missingSessionHashIs400() throws Exception {
        var response = post("/gradio_api/queue/join", "{\"data\":[\"x\"],\"fn_index\":0}");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("Session hash");
    }

    @Test
    void privateEndpointsAreRefusedToApiClients() throws Exception {
        assertThat(post("/gradio_api/call/secret", "{\"data\":[\"x\"]}").statusCode()).isEqualTo(404);
        assertThat(post("/gradio_api/queue/join", "{\"data\":[\"x\"],\"fn_index\":1,\"session_hash\":\"test-session\"}").statusCode()).isEqualTo(403);
        assertThat(get("/gradio_api/info").body()).doesNotContain("secret");
    }

    @Test
    void filesOutsideWhatMayBeServedAre403() throws Exception {
        Path outside = Files.createTempFile("gradio4j-outside", ".txt");
        assertThat(get("/gradio_api/file=/etc/passwd").statusCode()).isEqualTo(403);
        assertThat(get("/gradio_api/file=" + outside).statusCode()).isEqualTo(403);
        assertThat(get("/gradio_api/file=https://example.com/x").statusCode()).isBetween(400, 403);
        assertThat(get("/gradio_api/file=/tmp/../etc/passwd").statusCode()).isBetween(400, 404);
        assertThat(get("/gradio_api/file=%2Fetc%2Fpasswd").statusCode()).isBetween(400, 403);
    }

    @Test
    void theServerKeepsServingAfterBadInput() throws Exception {
        post("/gradio_api/queue/join", "[]");
        var response = post("/gradio_api/run/shout", "{\"data\":[\"hi\"]}");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"data\":[\"hi!\"]");
    }
}
