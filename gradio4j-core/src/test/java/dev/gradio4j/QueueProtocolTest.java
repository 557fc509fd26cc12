package dev.gradio4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The {@code sse_v3} queue protocol over raw HTTP: join, then the session's data stream with
 * estimation, process_starts, process_generating (full values, then diffs), process_completed,
 * and close_stream once nothing of the session is pending.
 */
@Timeout(30)
class QueueProtocolTest {
    static Server server;
    static WireClient client;
    static volatile CountDownLatch gate = new CountDownLatch(0);

    static String greet(String name) {
        return "Hello, " + name + "!";
    }

    /** Yields "0 ", "0 1 ", ... up to n numbers: a growing string, as in Gradio's recorded generator. */
    static Stream<String> count(Double n) {
        return IntStream.rangeClosed(1, n.intValue())
                .mapToObj(k -> IntStream.range(0, k).mapToObj(i -> i + " ").reduce("", String::concat));
    }

    static Stream<String> nothing(String text) {
        return Stream.empty();
    }

    static final java.util.concurrent.atomic.AtomicInteger floodSteps = new java.util.concurrent.atomic.AtomicInteger();

    /** 200 steps of a megabyte each, every one different: a diff is the whole value each time. */
    static Stream<String> flood(String text) {
        return IntStream.range(0, 200).mapToObj(i -> {
            floodSteps.incrementAndGet();
            return (char) ('a' + i % 26) + "y".repeat(1024 * 1024);
        });
    }

    static Double twice(Double n) {
        return n * 2;
    }

    static final CountDownLatch abandonedStopped = new CountDownLatch(1);

    /** Waits until it is stopped. */
    static String abandoned(String text) {
        try {
            Thread.sleep(30_000);
            return text;
        } catch (InterruptedException e) {
            abandonedStopped.countDown();
            throw new IllegalStateException("stopped", e);
        }
    }

    static String held(String text) throws InterruptedException {
        assertThat(gate.await(10, TimeUnit.SECONDS)).isTrue();
        return text + " released";
    }

    @BeforeAll
    static void start() {
        var text = Gr.textbox().label("text");
        var n = Gr.number().label("n");
        var out = Gr.textbox().label("out");
        var greet = Button.of("greet");
        var count = Button.of("count");
        var hold = Button.of("hold");
        var nothing = Button.of("nothing");
        var twice = Button.of("twice");
        var abandon = Button.of("abandon");
        abandon.click(QueueProtocolTest::abandoned, text, out).concurrencyLimit(null);
        var flood = Button.of("flood");
        flood.click(QueueProtocolTest::flood, text, out.streaming());
        greet.click(QueueProtocolTest::greet, text, out);
        nothing.click(QueueProtocolTest::nothing, text, out.streaming());
        twice.click(QueueProtocolTest::twice, n, Gr.number().label("twice n"));
        count.click(QueueProtocolTest::count, n, out.streaming());
        hold.click(QueueProtocolTest::held, text, out);
        server = Blocks.of(text, n, out, greet, count, hold, nothing, twice, flood, abandon)
                .launch(Launch.options().port(0).quiet(true).heartbeat(Duration.ofMillis(200)));
        client = new WireClient(server);
    }

    @AfterAll
    static void stop() {
        client.close();
        server.close();
    }

    static List<Object> msgs(List<Map<String, Object>> messages) {
        return messages.stream().map(m -> m.get("msg")).toList();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> output(Map<String, Object> message) {
        return (Map<String, Object>) message.get("output");
    }

    @SuppressWarnings("unchecked")
    static List<Object> data(Map<String, Object> message) {
        return (List<Object>) output(message).get("data");
    }

    @Test
    void aPlainEventGoesFromEstimationToCompletionThenTheStreamCloses() {
        String session = WireClient.newSession();
        String eventId = client.join(client.fnIndex("greet"), session, "World");
        assertThat(eventId).matches("[0-9a-f]{32}");

        try (var stream = client.queueData(session)) {
            assertThat(stream.status()).isEqualTo(200);
            assertThat(stream.contentType()).startsWith("text/event-stream");
            var messages = stream.rest();

            assertThat(msgs(messages)).containsExactly("estimation", "process_starts", "process_completed", "close_stream");
            var estimation = messages.get(0);
            assertThat(estimation).containsEntry("event_id", eventId).containsEntry("rank", 0).containsKey("queue_size");
            assertThat(messages.get(1)).containsEntry("event_id", eventId);
            var completed = messages.get(2);
            assertThat(completed).containsEntry("event_id", eventId).containsEntry("success", true);
            assertThat(data(completed)).containsExactly("Hello, World!");
            assertThat(output(completed)).containsEntry("is_generating", false).doesNotContainKey("error");
            assertThat(messages.get(3)).containsEntry("event_id", null);
        }
    }

    @Test
    void aStreamingHandlerSendsFullValuesFirstThenAppendDiffsThenTheFullFinalValue() {
        String session = WireClient.newSession();
        String eventId = client.join(client.fnIndex("count"), session, 4);

        try (var stream = client.queueData(session)) {
            var messages = stream.rest();
            var generating = messages.stream().filter(m -> "process_generating".equals(m.get("msg"))).toList();
            var expected = count(4.0).toList();

            assertThat(generating).hasSize(expected.size());
            assertThat(generating).allSatisfy(m -> assertThat(m).containsEntry("event_id", eventId).containsEntry("success", true));
            assertThat(data(generating.getFirst())).containsExactly(expected.getFirst());
            for (int i = 1; i < expected.size(); i++) {
                String appended = expected.get(i).substring(expected.get(i - 1).length());
                assertThat(data(generating.get(i))).as("diff %d", i)
                        .containsExactly(List.of(List.of("append", List.of(), appended)));
            }
            var completed = messages.get(messages.size() - 2);
            assertThat(completed).containsEntry("msg", "process_completed").containsEntry("success", true);
            assertThat(data(completed)).containsExactly(expected.getLast());
            assertThat(messages.getLast()).containsEntry("msg", "close_stream");
        }
    }

    @Test
    void theStreamStaysOpenWithHeartbeatsUntilTheSessionsLastEventCompletes() {
        gate = new CountDownLatch(1);
        String session = WireClient.newSession();
        String slow = client.join(client.fnIndex("held"), session, "slow");
        String fast = client.join(client.fnIndex("greet"), session, "fast");

        try (var stream = client.queueData(session)) {
            var first = stream.until(m -> "process_completed".equals(m.get("msg")));
            assertThat(first.getLast()).containsEntry("event_id", fast);
            assertThat(data(first.getLast())).containsExactly("Hello, fast!");

            // The slow event is still pending: the stream must not close, and keeps itself alive.
            var idle = stream.until("heartbeat");
            assertThat(msgs(idle)).doesNotContain("close_stream", "process_completed");
            assertThat(idle.getLast()).containsEntry("event_id", null);

            gate.countDown();
            var rest = stream.rest();
            var completions = rest.stream().filter(m -> "process_completed".equals(m.get("msg"))).toList();
            assertThat(completions).singleElement().satisfies(m -> {
                assertThat(m).containsEntry("event_id", slow);
                assertThat(data(m)).containsExactly("slow released");
            });
            assertThat(rest.getLast()).containsEntry("msg", "close_stream");
        } finally {
            gate.countDown();
        }
    }

    @Test
    void aStreamForASessionThatNeverJoinedSaysSessionNotFound() {
        try (var stream = client.queueData("never-joined-" + WireClient.newSession())) {
            var messages = stream.rest();
            assertThat(messages).singleElement().satisfies(m -> assertThat(m)
                    .containsEntry("msg", "unexpected_error")
                    .containsEntry("session_not_found", true)
                    .containsEntry("success", false)
                    .containsEntry("event_id", null));
        }
    }

    @Test
    void queueStatusCountsTheWaitingEvents() {
        gate = new CountDownLatch(1);
        String session = WireClient.newSession();
        try {
            // The first run holds the function's only slot (concurrency limit 1); the second waits.
            client.join(client.fnIndex("held"), session, "a");
            client.join(client.fnIndex("held"), session, "b");
            var status = WireClient.object(client.get("/gradio_api/queue/status").body());
            assertThat(status).containsEntry("msg", "estimation").containsEntry("event_id", null).containsEntry("queue_size", 1);
        } finally {
            gate.countDown();
        }
        try (var stream = client.queueData(session)) {
            assertThat(stream.rest().stream().filter(m -> "process_completed".equals(m.get("msg")))).hasSize(2);
        }
        var idle = WireClient.object(client.get("/gradio_api/queue/status").body());
        assertThat(idle).containsEntry("queue_size", 0);
    }

    @Test
    void anEventWhoseArgumentsDoNotFitIsAcceptedAndFailsWithAMessageNamingTheArgument() {
        String session = WireClient.newSession();
        String eventId = client.join(client.fnIndex("count"), session, "many");
        try (var stream = client.queueData(session)) {
            var completed = stream.until("process_completed").getLast();
            assertThat(completed).containsEntry("event_id", eventId).containsEntry("success", false);
            // Only these keys: the Python client passes them on as keyword arguments of AppError.
            assertThat(output(completed)).containsOnlyKeys("error", "duration", "visible", "title")
                    .containsEntry("visible", true)
                    .containsEntry("error", "Invalid argument 'n' for /count: expected a number, got the string \"many\".");
        }
        String tooMany = client.join(client.fnIndex("greet"), session, "a", "b");
        try (var stream = client.queueData(session)) {
            var completed = stream.until("process_completed").getLast();
            assertThat(completed).containsEntry("event_id", tooMany);
            assertThat((String) output(completed).get("error")).contains("takes 1 argument").contains("2 were given");
        }
    }

    @Test
    void aStreamThatYieldsNothingEndsWithNullOutputsAsGradiosEmptyGeneratorDoes() {
        String session = WireClient.newSession();
        client.join(client.fnIndex("nothing"), session, "x");
        try (var stream = client.queueData(session)) {
            var messages = stream.rest();
            assertThat(msgs(messages)).doesNotContain("process_generating");
            assertThat(data(messages.get(messages.size() - 2))).containsExactly((Object) null);
        }
    }

    @Test
    void anEmptyFieldTheHandlerCannotTakeIsNamedInTheError() {
        String session = WireClient.newSession();
        client.join(client.fnIndex("twice"), session, (Object) null);
        try (var stream = client.queueData(session)) {
            var completed = stream.until("process_completed").getLast();
            assertThat(output(completed)).containsEntry("error", "'n' is empty; /twice needs a value there.")
                    .containsEntry("visible", true);
        }
    }

    @Test
    void wholeNumbersGoOutAsIntegersAsAPythonHandlersIntWould() {
        String session = WireClient.newSession();
        client.join(client.fnIndex("twice"), session, 2);
        try (var stream = client.queueData(session)) {
            assertThat(data(stream.until("process_completed").getLast())).containsExactly(4);
        }
    }

    @Test
    void aClientThatReadsItsStreamOnlyAfterTheEventCompletedGetsEveryMessage() throws Exception {
        String session = WireClient.newSession();
        String eventId = client.join(client.fnIndex("greet"), session, "later");
        Thread.sleep(200);
        try (var stream = client.queueData(session)) {
            var messages = stream.rest();
            assertThat(msgs(messages)).containsExactly("estimation", "process_starts", "process_completed", "close_stream");
            assertThat(messages.get(2)).containsEntry("event_id", eventId);
        }
    }

    @Test
    void aNewerStreamOfTheSessionTakesOverAndTheOlderOneCloses() {
        gate = new CountDownLatch(1);
        String session = WireClient.newSession();
        String held = client.join(client.fnIndex("held"), session, "x");
        try (var older = client.queueData(session)) {
            older.until("process_starts");
            try (var newer = client.queueData(session)) {
                assertThat(older.rest()).as("the older stream ends at once").last().satisfies(m -> assertThat(m)
                        .containsEntry("msg", "close_stream"));
                gate.countDown();
                var messages = newer.rest();
                assertThat(messages.get(messages.size() - 2)).containsEntry("msg", "process_completed")
                        .containsEntry("event_id", held);
            }
        } finally {
            gate.countDown();
        }
    }

    @Test
    void aSessionThatNeverReadsItsStreamHasItsEventStoppedOnceItLeavesTooMuchUnread() throws Exception {
        String session = WireClient.newSession();
        String eventId = client.join(client.fnIndex("flood"), session, "x");
        // A loaded machine floods slowly: wait until the handler stops making steps.
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        int before;
        do {
            before = floodSteps.get();
            Thread.sleep(500);
        } while ((floodSteps.get() != before || before == 0) && System.nanoTime() < deadline);
        assertThat(floodSteps.get()).as("steps made before the event stopped").isLessThan(200);
        try (var stream = client.queueData(session)) {
            var messages = stream.rest();
            var completed = messages.get(messages.size() - 2);
            assertThat(completed).containsEntry("msg", "process_completed").containsEntry("event_id", eventId)
                    .containsEntry("success", false);
            assertThat(msgs(messages)).doesNotContain("process_generating");
        }
    }

    @Test
    void aClientThatLeavesItsStreamIsNoticedWithinAboutASecondAndItsEventStops() throws Exception {
        String session = WireClient.newSession();
        client.join(client.fnIndex("abandoned"), session, "x");
        try (var socket = new java.net.Socket("127.0.0.1", server.port())) {
            socket.getOutputStream().write(("GET /gradio_api/queue/data?session_hash=" + session + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            var in = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(), java.nio.charset.StandardCharsets.UTF_8));
            for (String line; (line = in.readLine()) != null && !line.contains("process_starts"); ) {
                // until the event runs
            }
        }
        long left = System.nanoTime();
        assertThat(abandonedStopped.await(5, TimeUnit.SECONDS)).as("the event stopped").isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - left)).isLessThan(Duration.ofMillis(2500));
    }
}
