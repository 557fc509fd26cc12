package dev.gradio4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code State}: each session has its own value, a value expires {@code timeToLive} after its
 * last write, and the server keeps at most {@code sessionCapacity} sessions (least recently used
 * go first). Each test serves its own small counter app, so settings do not leak between tests.
 */
@Timeout(30)
class StateTest {

    record Counted(Integer state, Double shown) {}

    static Counted increment(Integer count) {
        return new Counted(count + 1, (double) (count + 1));
    }

    /** A counter app: the State holds the count, a Number shows it. */
    static Server counter(State<Integer> count, Launch options) {
        var shown = Gr.number().label("count");
        var add = Button.of("add");
        add.click(StateTest::increment, count, Outputs.of(count, shown));
        return Blocks.of(shown, add).launch(options.port(0).quiet(true));
    }

    /** Runs the counter once in the session and returns what it showed. */
    static double bump(WireClient client, String session) {
        var response = client.post("/gradio_api/run/increment", Map.of("data", List.of(), "session_hash", session));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<?> data = (List<?>) WireClient.object(response.body()).get("data");
        assertThat(data.get(0)).as("state outputs are sent as null").isNull();
        return ((java.lang.Number) data.get(1)).doubleValue();
    }

    @Test
    void eachSessionCountsOnItsOwn() {
        try (var server = counter(State.of(0), Launch.options()); var client = new WireClient(server)) {
            String a = WireClient.newSession();
            String b = WireClient.newSession();

            assertThat(bump(client, a)).isEqualTo(1);
            assertThat(bump(client, a)).isEqualTo(2);
            assertThat(bump(client, b)).isEqualTo(1);
            assertThat(bump(client, a)).isEqualTo(3);
            assertThat(bump(client, b)).isEqualTo(2);
        }
    }

    @Test
    void theQueueAndCallRoutesShareTheSessionsState() {
        try (var server = counter(State.of(0), Launch.options()); var client = new WireClient(server)) {
            String session = WireClient.newSession();
            assertThat(bump(client, session)).isEqualTo(1);

            client.join(client.fnIndex("increment"), session);
            try (var stream = client.queueData(session)) {
                var completed = stream.until("process_completed").getLast();
                assertThat(((Map<?, ?>) completed.get("output")).get("data")).isEqualTo(java.util.Arrays.asList(null, 2));
            }
            var call = client.post("/gradio_api/call/increment", Map.of("data", List.of(), "session_hash", session));
            String eventId = (String) WireClient.object(call.body()).get("event_id");
            assertThat(client.get("/gradio_api/call/increment/" + eventId).body()).contains("event: complete").contains("[null,3]");
        }
    }

    @Test
    void aMutableInitialValueIsCopiedForEachSession() {
        State<List<String>> history = State.of(new ArrayList<>());
        var entry = Gr.textbox();
        var size = Gr.number();
        var add = Button.of("add");
        add.click((String text, List<String> seen) -> {
            seen.add(text);
            return (double) seen.size();
        }, entry, history, size).apiName("remember");
        try (var server = Blocks.of(entry, size, add).launch(Launch.options().port(0).quiet(true));
             var client = new WireClient(server)) {
            String a = WireClient.newSession();
            String b = WireClient.newSession();
            for (String session : List.of(a, a, b)) {
                client.post("/gradio_api/run/remember", Map.of("data", List.of("x"), "session_hash", session));
            }
            var response = client.post("/gradio_api/run/remember", Map.of("data", List.of("y"), "session_hash", b));
            assertThat(WireClient.object(response.body()).get("data")).as("b saw only its own entries").isEqualTo(List.of(2));
        }
    }

    @Test
    void aValueOlderThanItsTimeToLiveStartsOver() throws Exception {
        Duration ttl = Duration.ofMillis(300);
        try (var server = counter(State.of(0).timeToLive(ttl), Launch.options()); var client = new WireClient(server)) {
            String session = WireClient.newSession();
            assertThat(bump(client, session)).isEqualTo(1);
            assertThat(bump(client, session)).as("within its time to live the value stays").isEqualTo(2);

            Thread.sleep(ttl.toMillis() + 150);

            assertThat(bump(client, session)).as("expired: counting starts again from the initial value").isEqualTo(1);
        }
    }

    @Test
    void theLeastRecentlyUsedSessionIsForgottenBeyondTheCapacity() {
        try (var server = counter(State.of(0), Launch.options().sessionCapacity(2)); var client = new WireClient(server)) {
            String a = WireClient.newSession();
            String b = WireClient.newSession();
            String c = WireClient.newSession();
            assertThat(bump(client, a)).isEqualTo(1);
            assertThat(bump(client, b)).isEqualTo(1);
            assertThat(bump(client, a)).isEqualTo(2);   // a is now more recent than b
            assertThat(bump(client, c)).isEqualTo(1);   // a third session: b, the least recent, goes

            assertThat(bump(client, a)).as("a was kept").isEqualTo(3);
            assertThat(bump(client, b)).as("b was forgotten with its state").isEqualTo(1);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void aClearButtonResetsTheSessionsStateToItsInitialValue() {
        State<Integer> count = State.of(0);
        var shown = Gr.number();
        var add = Button.of("add");
        add.click(StateTest::increment, count, Outputs.of(count, shown));
        var clear = ClearButton.of(shown, count);
        try (var server = Blocks.of(shown, add, clear).launch(Launch.options().port(0).quiet(true));
             var client = new WireClient(server)) {
            // The browser fires the clear button's backend event by its fn_index (it is private to API clients).
            var reset = ((List<Map<String, Object>>) client.config().get("dependencies")).stream()
                    .filter(d -> Boolean.TRUE.equals(d.get("backend_fn")) && "private".equals(d.get("api_visibility")))
                    .findFirst().orElseThrow();
            String session = WireClient.newSession();
            String other = WireClient.newSession();
            bump(client, session);
            bump(client, session);
            bump(client, other);

            var response = client.post("/gradio_api/run/" + reset.get("api_name"),
                    Map.of("data", List.of(), "fn_index", reset.get("id"), "session_hash", session));
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);

            assertThat(bump(client, session)).as("counting starts over").isEqualTo(1);
            assertThat(bump(client, other)).as("other sessions keep theirs").isEqualTo(2);
        }
    }

    @Test
    void aClientFloodingTheServerWithSessionsLeavesAnotherUsersStateAlone() {
        var options = Launch.options().sessionCapacity(50).sessionsPerClient(10).trustedProxies("127.0.0.1");
        try (var server = counter(State.of(0), options); var client = new WireClient(server)) {
            String victim = WireClient.newSession();
            for (int i = 1; i <= 3; i++) {
                assertThat(bumpAs(client, victim, "10.0.0.1")).isEqualTo(i);
            }
            for (int i = 0; i < 200; i++) {
                assertThat(client.post("/gradio_api/run/increment", Map.of("data", List.of(), "session_hash", WireClient.newSession()),
                        "X-Forwarded-For", "10.0.0.66").statusCode()).isEqualTo(200);
            }
            assertThat(bumpAs(client, victim, "10.0.0.1")).as("the victim's counter went on").isEqualTo(4);
        }
    }

    @Test
    void aSessionHashTooShortToBeSecretIsRefused() {
        try (var server = counter(State.of(0), Launch.options()); var client = new WireClient(server)) {
            var response = client.post("/gradio_api/run/increment", Map.of("data", List.of(), "session_hash", "a"));
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(response.body()).contains("8 to 200 letters");
        }
    }

    private static double bumpAs(WireClient client, String session, String address) {
        var response = client.post("/gradio_api/run/increment", Map.of("data", List.of(), "session_hash", session),
                "X-Forwarded-For", address);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ((java.lang.Number) ((List<?>) WireClient.object(response.body()).get("data")).get(1)).doubleValue();
    }
}
