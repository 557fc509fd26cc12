package dev.gradio4j.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gradio4j.Generator;
import dev.gradio4j.Gr;
import dev.gradio4j.GradioError;
import dev.gradio4j.Interface;
import dev.gradio4j.Launch;
import dev.gradio4j.Parallel;
import dev.gradio4j.Series;
import dev.gradio4j.Server;
import dev.gradio4j.client.Client;
import dev.gradio4j.client.Job;
import dev.gradio4j.examples.parity.InterfaceLive;
import dev.gradio4j.examples.parity.InterfaceStreaming;
import dev.gradio4j.examples.parity.TabbedTools;
import dev.gradio4j.examples.snippets.ComposeSnippets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;

/**
 * Apps made of apps ({@code TabbedInterface}, {@code Parallel}, {@code Series}, with local apps
 * and with one the real Gradio serves, loaded by URL; streaming apps among them), and the
 * Interface's {@code live}, {@code batch}, {@code additionalInputs} and Stop button: over HTTP
 * with the Java client, and in Chromium
 * ({@code src/test/js/compose.test.mjs}). The configs of the tabbed, live and batch apps are
 * also compared with Gradio's in the parity corpus.
 */
@Timeout(300)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ComposeTest {
    private final List<Integer> batchSizes = new CopyOnWriteArrayList<>();
    private final List<AutoCloseable> started = new ArrayList<>();
    private ClientSuites.GradioTwin remote;
    private Server tabbed;
    private Server live;
    private Server parallel;
    private Server series;
    private Server batch;
    private Server remoteParallel;
    private Server remoteSeries;
    private Server streamingInterface;
    private final List<String> ends = new CopyOnWriteArrayList<>();
    private Server streamingParallel;
    private Server streamingSeries;
    private Server seriesThroughAStream;
    private Server failingParallel;
    private Server failingSeries;
    private Server twoStreams;

    /** Measures a batch of texts, recording how many came at once; slow enough that requests pile up. */
    private Interface recordingBatch() {
        return Interface.of(args -> {
            List<?> texts = (List<?>) args.getFirst();
            batchSizes.add(texts.size());
            Thread.sleep(400);
            return List.of(texts.stream().map(text -> (double) text.toString().length()).toList());
        }, List.of(Gr.textbox().label("text")), List.of(Gr.number().label("length"))).batch(4);
    }

    private static Interface mirror() {
        return Interface.of(text -> new StringBuilder(text).reverse().toString(), Gr.textbox().label("text"), Gr.textbox().label("mirrored"));
    }

    /**
     * Spells the text a letter at a time, a step every 100 ms, into an output labelled
     * {@code label}; notes in {@link #ends} whether each run finished or was stopped.
     */
    private Interface speller(String label) {
        return Interface.of((String text) -> Generator.emit(emit -> {
            boolean finished = false;
            try {
                StringBuilder spelled = new StringBuilder();
                for (char letter : text.toCharArray()) {
                    Thread.sleep(100);
                    emit.accept(spelled.append(letter).toString());
                }
                finished = true;
            } finally {
                ends.add(label + (finished ? " finished" : " stopped"));
            }
        }), Gr.textbox().label("text"), Gr.textbox().label(label).streaming());
    }

    private static Interface shout() {
        return Interface.of(text -> text.toUpperCase() + "!", Gr.textbox().label("text"), Gr.textbox().label("shouted"));
    }

    private static Interface refusing() {
        return Interface.of((String text) -> {
            throw new GradioError("no vowels in " + text);
        }, Gr.textbox().label("text"), Gr.textbox().label("checked"));
    }

    private Server serve(dev.gradio4j.App app) {
        Server server = app.launch(Launch.options().port(0).quiet(true));
        started.add(server);
        return server;
    }

    @BeforeAll
    void start() throws Exception {
        remote = new ClientSuites.GradioTwin(Path.of("compose", "remote.py"));
        started.add(remote);
        tabbed = serve(TabbedTools.app());
        live = serve(InterfaceLive.app());
        parallel = serve(ComposeSnippets.parallel());
        series = serve(ComposeSnippets.series());
        batch = serve(recordingBatch());
        remoteParallel = serve(Parallel.of(mirror(), Gr.load(remote.url)));
        remoteSeries = serve(Series.of(mirror(), Gr.load(remote.url)));
        streamingInterface = serve(InterfaceStreaming.app());
        streamingParallel = serve(Parallel.of(speller("spelled"), shout()));
        streamingSeries = serve(Series.of(mirror(), speller("spelled backwards")));
        seriesThroughAStream = serve(Series.of(speller("spelled first"), shout()));
        failingParallel = serve(Parallel.of(speller("spelled meanwhile"), refusing()));
        failingSeries = serve(Series.of(refusing(), mirror()));
        twoStreams = serve(Parallel.of(speller("left"), speller("right")));
    }

    @AfterAll
    void stop() throws Exception {
        for (AutoCloseable each : started.reversed()) {
            each.close();
        }
    }

    @Test
    void eachTabKeepsItsAppsEndpoint() {
        try (var client = Client.connect(tabbed.url())) {
            assertThat(client.predict("/shout", "hello").text(0)).isEqualTo("HELLO!");
            assertThat(client.predict("/mirror", "stressed").text(0)).isEqualTo("desserts");
        }
    }

    @Test
    void parallelShowsEveryAppsOutputForTheSameInput() {
        try (var client = Client.connect(parallel.url())) {
            assertThat(client.predict("/parallel", "abc").values()).containsExactly("ABC!", "cba");
        }
        try (var client = Client.connect(remoteParallel.url())) {
            assertThat(client.predict("/parallel", "Gradio").values()).containsExactly("oidarG", "Gradio (6 letters)");
        }
    }

    @Test
    void seriesFeedsEachAppsOutputToTheNext() {
        try (var client = Client.connect(series.url())) {
            assertThat(client.predict("/series", "abc").values()).containsExactly("CBA!");
        }
        try (var client = Client.connect(remoteSeries.url())) {
            assertThat(client.predict("/series", "ab c").values()).containsExactly("c ba (3 letters)");
        }
    }

    /** The value of one output at each step of a job. */
    private static List<Object> column(List<List<Object>> steps, int output) {
        return steps.stream().map(step -> step.get(output)).toList();
    }

    private static List<List<Object>> stepsOf(Job job) {
        return job.outputs().map(result -> List.copyOf(result.values().stream().map(v -> v == null ? "(none)" : v).toList())).toList();
    }

    @Test
    void parallelStreamsEachStreamingAppsStepsAsTheyComeBesideTheOthersAnswers() {
        try (var client = Client.connect(streamingParallel.url())) {
            assertThat(client.config().toString()).contains("api_name=parallel").contains("generator=true");
            List<List<Object>> steps = stepsOf(client.submit("/parallel", "abcd"));
            assertThat(column(steps, 0)).as("the streaming app's steps, each as it came").containsSubsequence("a", "ab", "abc", "abcd");
            assertThat(steps.getLast()).containsExactly("abcd", "ABCD!");
            assertThat(steps).as("the other app's answer shows before the streaming app ends")
                    .anyMatch(step -> step.get(1).equals("ABCD!") && !step.get(0).equals("abcd"));
        }
    }

    @Test
    void parallelRunsItsAppsAtTheSameTime() {
        try (var client = Client.connect(twoStreams.url())) {
            List<List<Object>> steps = stepsOf(client.submit("/parallel", "abcdef"));
            assertThat(steps.getLast()).containsExactly("abcdef", "abcdef");
            assertThat(steps).as("a step where both apps are half-way: they ran together, not one after the other")
                    .anyMatch(step -> step.stream().allMatch(value -> !value.equals("(none)") && !value.equals("abcdef")));
        }
    }

    @Test
    void seriesStreamsTheLastAppsStepsAndFeedsOnTheOthersLastValues() {
        try (var client = Client.connect(streamingSeries.url())) {
            List<List<Object>> steps = stepsOf(client.submit("/series", "abc"));
            assertThat(column(steps, 0)).containsSubsequence("c", "cb", "cba");
            assertThat(steps.getLast()).containsExactly("cba");
        }
        try (var client = Client.connect(seriesThroughAStream.url())) {
            assertThat(client.config().toString()).as("only the last app's streaming makes the Series stream")
                    .contains("api_name=series").doesNotContain("generator=true");
            assertThat(client.predict("/series", "abc").values()).as("the streaming app's last value goes on").containsExactly("ABC!");
        }
    }

    @Test
    void anAppsErrorSaysWhichAppItWasAndStopsTheOthers() {
        try (var client = Client.connect(failingParallel.url())) {
            assertThatThrownBy(() -> client.predict("/parallel", "xyz")).hasMessageContaining("app 2 (/lambda): no vowels in xyz");
        }
        eventually(() -> assertThat(ends).contains("spelled meanwhile stopped"));
        try (var client = Client.connect(failingSeries.url())) {
            assertThatThrownBy(() -> client.predict("/series", "xyz")).hasMessageContaining("app 1 (/lambda): no vowels in xyz");
        }
    }

    @Test
    void stoppingAParallelRunOrLeavingStopsEveryApp() {
        String text = "abcdefghijklmnopqrstuvwxyz";
        try (var client = Client.connect(twoStreams.url())) {
            Job job = client.submit("/parallel", text);
            job.outputs().findFirst();
            job.cancel();
        }
        eventually(() -> assertThat(ends).contains("left stopped", "right stopped"));
        ends.clear();
        var client = Client.connect(twoStreams.url());
        client.submit("/parallel", text).outputs().findFirst();
        client.close();   // the session ends with the run going
        eventually(() -> assertThat(ends).contains("left stopped", "right stopped"));
        assertThat(ends).doesNotContain("left finished", "right finished");
    }

    @Test
    void aStreamingInterfaceHasAHiddenStopButtonAndNonStreamingOnesNone() {
        try (var client = Client.connect(streamingInterface.url())) {
            assertThat(stopButtons(client.config())).singleElement().satisfies(props -> {
                assertThat(props).containsEntry("variant", "stop").containsEntry("visible", false);
            });
        }
        try (var client = Client.connect(parallel.url())) {
            assertThat(stopButtons(client.config())).isEmpty();
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> stopButtons(Map<String, Object> config) {
        return ((List<Map<String, Object>>) config.get("components")).stream()
                .map(component -> (Map<String, Object>) component.get("props"))
                .filter(props -> "Stop".equals(props.get("value"))).toList();
    }

    private static void eventually(Runnable check) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (true) {
            try {
                check.run();
                return;
            } catch (AssertionError e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                try {
                    Thread.sleep(50);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    @Test
    void aBatchFunctionGetsWaitingRequestsTogetherAndEachCallerItsOwnAnswer() {
        try (var client = Client.connect(batch.url())) {
            List<String> texts = List.of("a", "bb", "ccc", "dddd", "eeeee", "ffffff");
            List<Job> jobs = texts.stream().map(text -> client.submit("/lambda", text)).toList();
            for (int i = 0; i < texts.size(); i++) {
                assertThat(jobs.get(i).result().number(0)).isEqualTo((double) texts.get(i).length());
            }
        }
        assertThat(batchSizes.stream().mapToInt(Integer::intValue).sum()).isEqualTo(6);
        assertThat(batchSizes).as("requests that waited ran together").anyMatch(size -> size > 1).allMatch(size -> size <= 4);
    }

    @Test
    void aLiveInterfaceRunsOnEveryChangeAndHasNoSubmitButton() {
        try (var client = Client.connect(live.url())) {
            Map<String, Object> config = client.config();
            assertThat(config.toString()).doesNotContain("value=Submit").contains("trigger_mode=always_last");
            assertThat(client.predict("/repeat", "la", 3).text(0)).isEqualTo("la la la");
        }
    }

    @Test
    void composingWhatCannotBeComposedSaysWhatToFix() {
        Interface shout = Interface.of(String::toUpperCase, Gr.textbox(), Gr.textbox());
        assertThatThrownBy(() -> Parallel.of(shout)).hasMessageContaining("at least two apps");
        assertThatThrownBy(() -> Parallel.of(shout, shout)).hasMessageContaining("share the output");
        Interface two = Interface.of((String a, String b) -> a + b, Gr.textbox(), Gr.textbox(), Gr.textbox());
        assertThatThrownBy(() -> Parallel.of(shout, two)).hasMessageContaining("takes 2");
        assertThatThrownBy(() -> Series.of(shout, two)).hasMessageContaining("returns 1 value(s)").hasMessageContaining("takes 2");
        assertThatThrownBy(() -> shout.additionalInputs(Gr.slider(0, 1))).hasMessageContaining("is not one of this interface's 1 inputs");
        assertThatThrownBy(() -> shout.batch(4)).hasMessageContaining("needs a Fn.Dynamic function");
    }

    @Test
    void theAppsWorkInTheBrowser() throws Exception {
        Path tests = Path.of("src/test/js").toAbsolutePath();
        ProcessBuilder builder = new ProcessBuilder("node", "--test", "--test-reporter=spec", "--test-concurrency=1", "compose.test.mjs")
                .directory(tests.toFile())
                .redirectErrorStream(true);
        builder.environment().putAll(Map.of("TABBED_URL", tabbed.url(), "LIVE_URL", live.url(), "PARALLEL_URL", parallel.url(),
                "STREAMING_URL", streamingInterface.url(), "STREAMING_PARALLEL_URL", streamingParallel.url(),
                "SCREENSHOTS", Path.of("target/screenshots").toAbsolutePath().toString()));
        builder.environment().putIfAbsent("CHROMIUM", "/usr/bin/chromium");
        try (ChildProcess node = ChildProcess.start(builder)) {
            String output = node.awaitSuccess(Duration.ofMinutes(3));
            System.out.println(output);
            assertThat(output).contains("pass 5").contains("fail 0");
        }
    }
}
