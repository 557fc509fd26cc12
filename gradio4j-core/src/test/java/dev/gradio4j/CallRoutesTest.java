package dev.gradio4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The plain REST routes: {@code /call/{api}} (post, then read {@code event:}/{@code data:}
 * messages), {@code /call/v2/{api}} with keyword arguments, {@code /run/{api}} in one request,
 * and the session heartbeat stream.
 */
@Timeout(30)
class CallRoutesTest {
    static final Duration HEARTBEAT = Duration.ofMillis(150);
    static Server server;
    static WireClient client;

    static String greet(String name, String greeting) {
        return greeting + ", " + name + "!";
    }

    static final java.util.concurrent.atomic.AtomicInteger running = new java.util.concurrent.atomic.AtomicInteger();
    static final java.util.concurrent.atomic.AtomicInteger mostAtOnce = new java.util.concurrent.atomic.AtomicInteger();

    /** Takes a while, and records how many runs overlapped. */
    static String slow(String text) throws InterruptedException {
        mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
        Thread.sleep(150);
        running.decrementAndGet();
        return text;
    }

    static final java.util.concurrent.CountDownLatch endlessStopped = new java.util.concurrent.CountDownLatch(1);

    /** A megabyte of text that starts with the input. */
    static String big(String text) {
        return text + "x".repeat(1024 * 1024);
    }

    /** Streams until it is stopped. */
    static Stream<String> endless(String text) {
        return Stream.generate(() -> {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                endlessStopped.countDown();
                throw new IllegalStateException("stopped", e);
            }
            return text;
        });
    }

    static Stream<String> spell(String word) {
        return Stream.iterate(1, n -> n <= word.length(), n -> n + 1).map(n -> word.substring(0, n));
    }

    @BeforeAll
    static void start() {
        var name = Gr.textbox().label("name");
        var greeting = Gr.textbox().label("greeting").value("Hello");
        var out = Gr.textbox().label("out");
        var greet = Button.of("greet");
        var spell = Button.of("spell");
        greet.click(CallRoutesTest::greet, name, greeting, out);
        spell.click(CallRoutesTest::spell, name, out.streaming());
        var big = Button.of("big");
        big.click(CallRoutesTest::big, name, out).concurrencyLimit(null);
        var endless = Button.of("endless");
        endless.click(CallRoutesTest::endless, name, out.streaming()).concurrencyLimit(null);
        var slow = Button.of("slow");
        slow.click(CallRoutesTest::slow, name, out).concurrencyLimit(1);
        server = Blocks.of(name, greeting, out, greet, spell, slow, big, endless)
                .launch(Launch.options().port(0).quiet(true).heartbeat(HEARTBEAT));
        client = new WireClient(server);
    }

    @AfterAll
    static void stop() {
        client.close();
        server.close();
    }

    /**
     * The messages of a {@code /call} result stream, as (event, data) pairs, without the
     * heartbeats a slow run may interleave ({@code event: heartbeat}, {@code data: null}).
     */
    static List<Map.Entry<String, Object>> events(String body) {
        List<Map.Entry<String, Object>> events = new ArrayList<>();
        List<String> lines = body.lines().filter(line -> !line.isEmpty()).toList();
        for (int i = 0; i < lines.size(); i += 2) {
            assertThat(lines.get(i)).startsWith("event: ");
            assertThat(lines.get(i + 1)).startsWith("data: ");
            if (!lines.get(i).equals("event: heartbeat")) {
                events.add(Map.entry(lines.get(i).substring(7), WireClient.parse(lines.get(i + 1).substring(6))));
            }
        }
        return events;
    }

    static String start(String path, Object body) {
        var response = client.post(path, body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return (String) WireClient.object(response.body()).get("event_id");
    }

    @Test
    void callPostsThenStreamsTheCompletion() {
        String eventId = start("/gradio_api/call/greet", Map.of("data", List.of("Ada", "Hi")));
        var response = client.get("/gradio_api/call/greet/" + eventId);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("content-type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/event-stream"));
        assertThat(events(response.body())).containsExactly(Map.entry("complete", List.of("Hi, Ada!")));
    }

    @Test
    void callStreamsGeneratingMessagesWithFullValuesNotDiffs() {
        String eventId = start("/gradio_api/call/spell", Map.of("data", List.of("abc")));
        var events = events(client.get("/gradio_api/call/spell/" + eventId).body());
        assertThat(events).containsExactly(
                Map.entry("generating", List.of("a")),
                Map.entry("generating", List.of("ab")),
                Map.entry("generating", List.of("abc")),
                Map.entry("complete", List.of("abc")));
    }

    @Test
    void resultsWaitForTheirReaderAndAreReadOnce() throws Exception {
        String eventId = start("/gradio_api/call/greet", Map.of("data", List.of("Bob", "Hey")));
        Thread.sleep(100);   // the event completes before anyone reads it
        assertThat(events(client.get("/gradio_api/call/greet/" + eventId).body()))
                .containsExactly(Map.entry("complete", List.of("Hey, Bob!")));

        var again = events(client.get("/gradio_api/call/greet/" + eventId).body());
        assertThat(again).singleElement().satisfies(e -> {
            assertThat(e.getKey()).isEqualTo("error");
            assertThat(e.getValue()).asString().contains(eventId);
        });
    }

    @Test
    void anUnknownEventIdIsAnErrorEvent() {
        var events = events(client.get("/gradio_api/call/greet/no-such-event").body());
        assertThat(events).singleElement().satisfies(e -> assertThat(e.getKey()).isEqualTo("error"));
    }

    @Test
    void callV2TakesKeywordArgumentsAndFillsDefaults() {
        String both = start("/gradio_api/call/v2/greet", Map.of("name", "Cy", "greeting", "Yo"));
        assertThat(events(client.get("/gradio_api/call/v2/greet/" + both).body()))
                .containsExactly(Map.entry("complete", List.of("Yo, Cy!")));

        String defaulted = start("/gradio_api/call/v2/greet", Map.of("name", "Di"));
        assertThat(events(client.get("/gradio_api/call/v2/greet/" + defaulted).body()))
                .as("greeting defaults to the component's value").containsExactly(Map.entry("complete", List.of("Hello, Di!")));

        var missing = client.post("/gradio_api/call/v2/greet", Map.of("greeting", "Yo"));
        assertThat(missing.statusCode()).isEqualTo(422);
        assertThat(missing.body()).contains("name");
    }

    @Test
    void runAnswersTheOutputInOneResponse() {
        var response = client.post("/gradio_api/run/greet", Map.of("data", List.of("Eve", "Hello")));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(WireClient.object(response.body())).containsEntry("data", List.of("Hello, Eve!")).containsEntry("is_generating", false);

        var streamed = client.post("/gradio_api/run/spell", Map.of("data", List.of("xyz")));
        assertThat(WireClient.object(streamed.body())).as("a stream run gives its final value").containsEntry("data", List.of("xyz"));
    }

    @Test
    void runGoesThroughTheQueueAndKeepsTheConcurrencyLimit() throws Exception {
        mostAtOnce.set(0);
        try (var callers = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
            var runs = java.util.stream.IntStream.range(0, 4).mapToObj(i -> callers.submit(
                    () -> client.post("/gradio_api/run/slow", Map.of("data", List.of("run " + i))))).toList();
            for (var run : runs) {
                assertThat(run.get(10, java.util.concurrent.TimeUnit.SECONDS).statusCode()).isEqualTo(200);
            }
        }
        assertThat(mostAtOnce.get()).as("runs at once under a limit of 1").isEqualTo(1);
    }

    @Test
    void runPrefersTheFnIndexOverTheName() {
        int spell = client.fnIndex("spell");
        var response = client.post("/gradio_api/run/greet", Map.of("data", List.of("ok"), "fn_index", spell));
        assertThat(WireClient.object(response.body())).containsEntry("data", List.of("ok"));
    }

    @Test
    void theHeartbeatRouteSendsAliveNowAndEveryInterval() {
        try (var stream = client.open("/gradio_api/heartbeat/" + WireClient.newSession())) {
            assertThat(stream.status()).isEqualTo(200);
            assertThat(stream.contentType()).startsWith("text/event-stream");
            long start = System.nanoTime();
            assertThat(stream.nextLine()).isEqualTo("data: ALIVE");
            assertThat(stream.nextLine()).isEqualTo("data: ALIVE");
            assertThat(stream.nextLine()).isEqualTo("data: ALIVE");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).as("two intervals").isGreaterThanOrEqualTo(HEARTBEAT.multipliedBy(2).minusMillis(20));
        }
    }

    @Test
    void resetAndAppIdAnswerWhatTheClientsExpect() {
        assertThat(WireClient.object(client.post("/gradio_api/reset", Map.of("event_id", "x")).body())).containsEntry("success", true);
        Object appId = WireClient.object(client.get("/gradio_api/app_id").body()).get("app_id");
        assertThat(appId).isEqualTo(client.config().get("app_id"));
    }

    @Test
    void unreadResultsAreBoundedInBytesAndTheOldestGoFirst() {
        int results = (int) (64 + 16);
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < results; i++) {
            ids.add(start("/gradio_api/call/big", Map.of("data", List.of("result " + i + " "))));
        }
        var last = events(client.get("/gradio_api/call/big/" + ids.getLast()).body());
        assertThat(last).singleElement().satisfies(e -> assertThat(e.getKey()).isEqualTo("complete"));
        var first = client.get("/gradio_api/call/big/" + ids.getFirst()).body();
        assertThat(first).startsWith("event: error").contains("dropped unread").contains("MiB in all");
    }

    @Test
    void aLongUnreadStreamKeepsItsLatestStepsNotEveryOne() throws Exception {
        String word = "y".repeat(3000);
        String eventId = start("/gradio_api/call/spell", Map.of("data", List.of(word)));
        Thread.sleep(1500);   // the stream ends before anyone reads it
        String body = client.get("/gradio_api/call/spell/" + eventId).body();
        assertThat(body.length()).as("bytes kept of the 4.5 MB the 3,000 steps hold").isLessThan(2 * 1024 * 1024);
        var events = events(body);
        assertThat(events.getLast()).isEqualTo(Map.entry("complete", List.of(word)));
        assertThat(events.get(events.size() - 2)).isEqualTo(Map.entry("generating", List.of(word)));
    }

    @Test
    void aReaderThatLeavesBeforeTheEndStopsTheEvent() throws Exception {
        String eventId = start("/gradio_api/call/endless", Map.of("data", List.of("on")));
        try (var socket = new java.net.Socket("127.0.0.1", server.port())) {
            socket.getOutputStream().write(("GET /gradio_api/call/endless/" + eventId + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            var in = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(), java.nio.charset.StandardCharsets.UTF_8));
            for (String line; (line = in.readLine()) != null && !line.startsWith("event: generating"); ) {
                // headers, then the first step
            }
        }
        assertThat(endlessStopped.await(5, java.util.concurrent.TimeUnit.SECONDS)).as("the event stopped").isTrue();
    }
}
