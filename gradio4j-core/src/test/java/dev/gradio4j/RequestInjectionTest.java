package dev.gradio4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@code Gr.request()}: the handler sees the headers, query parameters, session hash and client address of the call. */
@Timeout(30)
class RequestInjectionTest {
    static Server server;
    static WireClient client;
    static final AtomicReference<Request> seen = new AtomicReference<>();

    static String whoAmI(String text, Request request) {
        seen.set(request);
        return text + " from " + request.clientHost();
    }

    @BeforeAll
    static void start() {
        var text = Gr.textbox();
        var out = Gr.textbox();
        var go = Button.of("go");
        go.click(RequestInjectionTest::whoAmI, text, Gr.request(), out);
        server = Blocks.of(text, out, go).launch(Launch.options().port(0).quiet(true));
        client = new WireClient(server);
    }

    @AfterAll
    static void stop() {
        client.close();
        server.close();
    }

    @BeforeEach
    void clear() {
        seen.set(null);
    }

    @Test
    void aQueuedEventSeesHeadersQueryParametersSessionAndClient() {
        String session = WireClient.newSession();
        int fn = client.fnIndex("whoAmI");
        // The browser sends the page's own query string along with the join.
        var response = client.post("/gradio_api/queue/join?lang=fr&lang=de&theme=dark",
                Map.of("data", List.of("hi"), "fn_index", fn, "session_hash", session),
                "X-Custom-Header", "custom value", "User-Agent", "gradio4j-test");
        assertThat(response.statusCode()).isEqualTo(200);
        try (var stream = client.queueData(session)) {
            var completed = stream.until("process_completed").getLast();
            assertThat(((Map<?, ?>) completed.get("output")).get("data")).isEqualTo(List.of("hi from 127.0.0.1"));
        }

        Request request = seen.get();
        assertThat(request.sessionHash()).isEqualTo(session);
        assertThat(request.clientHost()).isEqualTo("127.0.0.1");
        assertThat(request.header("x-custom-header")).isEqualTo("custom value");
        assertThat(request.header("X-CUSTOM-HEADER")).as("header names in any case").isEqualTo("custom value");
        assertThat(request.header("user-agent")).isEqualTo("gradio4j-test");
        assertThat(request.headers()).containsKey("content-type");
        assertThat(request.queryParam("theme")).isEqualTo("dark");
        assertThat(request.queryParams().get("lang")).containsExactly("fr", "de");
        assertThat(request.queryParam("missing")).isNull();
        assertThat(request.username()).isNull();
        assertThat(request.path()).isEqualTo("/gradio_api/queue/join");
    }

    @Test
    void aCallRouteEventSeesTheCallersSessionHashAndHeaders() {
        var post = client.post("/gradio_api/call/whoAmI", Map.of("data", List.of("hey"), "session_hash", "my-session"),
                "Authorization", "Bearer token-123");
        String eventId = (String) WireClient.object(post.body()).get("event_id");
        assertThat(client.get("/gradio_api/call/whoAmI/" + eventId).body()).contains("event: complete");

        Request request = seen.get();
        assertThat(request.sessionHash()).isEqualTo("my-session");
        assertThat(request.header("authorization")).isEqualTo("Bearer token-123");
    }

    @Test
    void theInjectedInputIsNotPartOfTheApi() {
        var info = WireClient.object(client.get("/gradio_api/info").body());
        var endpoint = (Map<?, ?>) ((Map<?, ?>) info.get("named_endpoints")).get("/whoAmI");
        assertThat((List<?>) endpoint.get("parameters")).hasSize(1);
        assertThat(client.post("/gradio_api/run/whoAmI", Map.of("data", List.of("x", "y"))).statusCode())
                .as("callers send only the component inputs").isEqualTo(422);
    }
}
