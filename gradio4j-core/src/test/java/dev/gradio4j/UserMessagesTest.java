package dev.gradio4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * What the user is told: {@code Gr.info}/{@code Gr.warning} arrive as {@code log} messages while
 * the handler still runs; a {@code GradioError} arrives as Gradio's error shape; any other
 * exception is a generic error unless the app launched with {@code showError}.
 */
@Timeout(30)
class UserMessagesTest {
    static final String SECRET = "db password is hunter2";
    static Server quiet;
    static Server verbose;
    static WireClient quietClient;
    static WireClient verboseClient;
    static volatile CountDownLatch infoSeen = new CountDownLatch(0);

    static String chatty(String text) throws InterruptedException {
        Gr.info("starting " + text);
        // Holds the run until the test has read the toast: it must arrive mid-run, not at the end.
        assertThat(infoSeen.await(5, TimeUnit.SECONDS)).isTrue();
        Gr.warning("almost done");
        Gr.success("done");
        return text.toUpperCase();
    }

    static String refuse(String text) {
        throw new GradioError("Custom failure: " + text, "Oops", 5.0, true);
    }

    static String crash(String text) {
        throw new IllegalStateException(SECRET);
    }

    static Stream<String> streamedToasts(String text) {
        return Generator.emit(emit -> {
            Gr.info("from the producer");
            emit.accept(text);
        });
    }

    static Blocks app() {
        var text = Gr.textbox();
        var out = Gr.textbox();
        var buttons = List.of(Button.of("chatty"), Button.of("refuse"), Button.of("crash"), Button.of("stream"));
        buttons.get(0).click(UserMessagesTest::chatty, text, out);
        buttons.get(1).click(UserMessagesTest::refuse, text, out);
        buttons.get(2).click(UserMessagesTest::crash, text, out);
        buttons.get(3).click(UserMessagesTest::streamedToasts, text, out.streaming());
        return Blocks.of(text, out, Row.of(buttons.toArray(Button[]::new)));
    }

    @BeforeAll
    static void start() {
        quiet = app().launch(Launch.options().port(0).quiet(true));
        verbose = app().launch(Launch.options().port(0).quiet(true).showError(true));
        quietClient = new WireClient(quiet);
        verboseClient = new WireClient(verbose);
    }

    @AfterAll
    static void stop() {
        quietClient.close();
        verboseClient.close();
        quiet.close();
        verbose.close();
    }

    /** Runs an endpoint through the queue and returns every message of its stream. */
    static List<Map<String, Object>> run(WireClient client, String api, String text) {
        String session = WireClient.newSession();
        client.join(client.fnIndex(api), session, text);
        try (var stream = client.queueData(session)) {
            return stream.rest();
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> output(Map<String, Object> message) {
        return (Map<String, Object>) message.get("output");
    }

    static Map<String, Object> completion(List<Map<String, Object>> messages) {
        return messages.stream().filter(m -> "process_completed".equals(m.get("msg"))).findFirst().orElseThrow();
    }

    @Test
    void toastsArriveAsLogMessagesWhileTheHandlerRuns() {
        infoSeen = new CountDownLatch(1);
        String session = WireClient.newSession();
        String eventId = quietClient.join(quietClient.fnIndex("chatty"), session, "job");
        try (var stream = quietClient.queueData(session)) {
            var beforeInfo = stream.until("log");
            assertThat(beforeInfo.getLast()).containsEntry("event_id", eventId).containsEntry("level", "info")
                    .containsEntry("log", "starting job").containsEntry("title", "Info").containsEntry("visible", true)
                    .containsEntry("duration", 10.0);
            assertThat(beforeInfo).noneMatch(m -> "process_completed".equals(m.get("msg")));
            infoSeen.countDown();

            var rest = stream.rest();
            var logs = rest.stream().filter(m -> "log".equals(m.get("msg"))).toList();
            assertThat(logs).extracting(m -> m.get("level")).containsExactly("warning", "success");
            assertThat(logs).extracting(m -> m.get("log")).containsExactly("almost done", "done");
            assertThat(logs).extracting(m -> m.get("title")).containsExactly("Warning", "Success");
            int lastLog = rest.indexOf(logs.getLast());
            assertThat(rest.indexOf(completion(rest))).as("toasts come before the completion").isGreaterThan(lastLog);
            assertThat(output(completion(rest)).get("data")).isEqualTo(List.of("JOB"));
        } finally {
            infoSeen.countDown();
        }
    }

    @Test
    void aGradioErrorReachesTheClientWithItsMessageTitleAndDuration() {
        var completed = completion(run(quietClient, "refuse", "bad input"));
        assertThat(completed).containsEntry("success", false).containsEntry("title", "Oops");
        // Only these keys: the Python client passes the rest of the error output as keyword arguments.
        assertThat(output(completed)).containsOnlyKeys("error", "duration", "visible", "title")
                .containsEntry("error", "Custom failure: bad input").containsEntry("title", "Oops")
                .containsEntry("duration", 5).containsEntry("visible", true);
    }

    @Test
    void anUnexpectedExceptionIsAGenericErrorThatLeaksNothing() {
        var messages = run(quietClient, "crash", "x");
        var completed = completion(messages);
        assertThat(completed).containsEntry("success", false).containsEntry("title", "Error");
        assertThat(output(completed)).containsOnlyKeys("error").containsEntry("error", null);
        assertThat(WireClient.json(messages)).doesNotContain("hunter2").doesNotContain("IllegalStateException");
    }

    @Test
    void withShowErrorTheExceptionMessageIsShown() {
        var completed = completion(run(verboseClient, "crash", "x"));
        assertThat(completed).containsEntry("success", false);
        assertThat(output(completed)).containsEntry("error", SECRET).containsEntry("visible", true)
                .doesNotContainKey("data");
    }

    @Test
    void aGradioErrorReachesCallAndRunClientsToo() {
        var post = quietClient.post("/gradio_api/call/refuse", Map.of("data", List.of("via call")));
        String eventId = (String) WireClient.object(post.body()).get("event_id");
        var lines = quietClient.get("/gradio_api/call/refuse/" + eventId).body().lines().toList();
        assertThat(lines).contains("event: error");
        assertThat(WireClient.object(lines.get(lines.indexOf("event: error") + 1).substring("data: ".length())))
                .containsEntry("error", "Custom failure: via call").containsEntry("title", "Oops");

        var run = quietClient.post("/gradio_api/run/refuse", Map.of("data", List.of("via run")));
        assertThat(run.statusCode()).isEqualTo(500);
        assertThat(WireClient.object(run.body())).containsEntry("error", "Custom failure: via run");
    }

    @Test
    void toastsFromAGeneratorsProducerReachTheClient() {
        var messages = run(quietClient, "streamedToasts", "v");
        assertThat(messages).anySatisfy(m -> assertThat(m).containsEntry("msg", "log").containsEntry("log", "from the producer"));
        assertThat(output(completion(messages)).get("data")).isEqualTo(List.of("v"));
    }
}
