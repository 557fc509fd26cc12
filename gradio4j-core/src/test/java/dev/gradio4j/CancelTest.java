package dev.gradio4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Cancelling stops the handler itself, not only the messages: {@code POST /gradio_api/cancel}
 * and a client that drops its data stream both interrupt the running handler's thread, and a
 * waiting event is removed before it ever runs.
 */
@Timeout(30)
class CancelTest {
    static Server server;
    static WireClient client;
    static volatile CountDownLatch started;
    static volatile CountDownLatch interrupted;
    static final AtomicInteger runs = new AtomicInteger();

    /** Waits far longer than any test; only an interrupt ends it early. */
    static String sleepy(String text) throws InterruptedException {
        runs.incrementAndGet();
        started.countDown();
        try {
            Thread.sleep(20_000);
            return "finished " + text;
        } catch (InterruptedException e) {
            interrupted.countDown();
            throw e;
        }
    }

    @BeforeAll
    static void start() {
        var text = Gr.textbox();
        var out = Gr.textbox();
        var go = Button.of("go");
        var single = Button.of("single");
        // Unlimited, so that a run a failed test left behind cannot hold up the next test.
        go.click(CancelTest::sleepy, text, out).concurrencyLimit(null);
        // One at a time, so that a second run waits.
        single.click(CancelTest::sleepy, text, out).apiName("one_at_a_time");
        // A short heartbeat makes the server write to an idle stream soon, which is how it
        // notices a client that went away.
        server = Blocks.of(text, out, go, single).launch(Launch.options().port(0).quiet(true).heartbeat(Duration.ofMillis(100)));
        client = new WireClient(server);
    }

    @AfterAll
    static void stop() {
        client.close();
        server.close();
    }

    @BeforeEach
    void reset() {
        started = new CountDownLatch(1);
        interrupted = new CountDownLatch(1);
        runs.set(0);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> output(Map<String, Object> message) {
        return (Map<String, Object>) message.get("output");
    }

    @Test
    void cancelInterruptsTheRunningHandlerAndTheClientGetsTheCancelledCompletion() throws Exception {
        String session = WireClient.newSession();
        int fn = client.fnIndex("sleepy");
        String eventId = client.join(fn, session, "x");
        try (var stream = client.queueData(session)) {
            stream.until("process_starts");
            assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();

            var response = client.post("/gradio_api/cancel", Map.of("session_hash", session, "fn_index", fn, "event_id", eventId));
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(WireClient.object(response.body())).containsEntry("success", true);

            assertThat(interrupted.await(5, TimeUnit.SECONDS)).as("the handler saw InterruptedException").isTrue();
            var rest = stream.rest();
            var completed = rest.stream().filter(m -> "process_completed".equals(m.get("msg"))).findFirst().orElseThrow();
            assertThat(completed).containsEntry("event_id", eventId).containsEntry("success", false).containsEntry("title", "Cancelled");
            assertThat(output(completed)).containsOnlyKeys("error", "duration", "visible", "title");
            assertThat(rest.getLast()).containsEntry("msg", "close_stream");
        }
    }

    @Test
    void cancellingAWaitingEventRemovesItBeforeItRuns() throws Exception {
        String session = WireClient.newSession();
        int fn = client.fnIndex("one_at_a_time");
        String running = client.join(fn, session, "first");
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
        String waiting = client.join(fn, session, "second");   // the function's only slot is taken

        try (var stream = client.queueData(session)) {
            client.post("/gradio_api/cancel", Map.of("session_hash", session, "fn_index", fn, "event_id", waiting));
            var cancelled = stream.until(m -> "process_completed".equals(m.get("msg")));
            assertThat(cancelled.getLast()).containsEntry("event_id", waiting).containsEntry("title", "Cancelled");
            assertThat(interrupted.getCount()).as("the running event is untouched").isEqualTo(1);

            client.post("/gradio_api/cancel", Map.of("session_hash", session, "fn_index", fn, "event_id", running));
            assertThat(interrupted.await(5, TimeUnit.SECONDS)).isTrue();
            assertThat(stream.rest().getLast()).containsEntry("msg", "close_stream");
        }
        assertThat(runs.get()).as("the cancelled waiting event never ran").isEqualTo(1);
    }

    @Test
    void cancelWithoutAnEventIdStopsEveryRunOfTheFunctionInTheSession() throws Exception {
        String session = WireClient.newSession();
        int fn = client.fnIndex("sleepy");
        client.join(fn, session, "x");
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();

        var response = client.post("/gradio_api/cancel", Map.of("session_hash", session, "fn_index", fn));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(interrupted.await(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void cancelOnlyTouchesTheGivenSession() throws Exception {
        String owner = WireClient.newSession();
        int fn = client.fnIndex("sleepy");
        String eventId = client.join(fn, owner, "x");
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();

        client.post("/gradio_api/cancel", Map.of("session_hash", "someone-else", "fn_index", fn, "event_id", eventId));
        assertThat(interrupted.await(300, TimeUnit.MILLISECONDS)).as("another session cannot cancel it").isFalse();

        client.post("/gradio_api/cancel", Map.of("session_hash", owner, "fn_index", fn, "event_id", eventId));
        assertThat(interrupted.await(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void aClientThatDropsItsDataStreamHasItsRunningEventInterrupted() throws Exception {
        String session = WireClient.newSession();
        client.join(client.fnIndex("sleepy"), session, "x");
        var stream = client.queueData(session);
        stream.until("process_starts");
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();

        stream.close();

        assertThat(interrupted.await(5, TimeUnit.SECONDS)).as("the handler saw InterruptedException").isTrue();
    }
}
