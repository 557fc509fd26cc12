package dev.gradio4j.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gradio4j.Gr;
import dev.gradio4j.Interface;
import dev.gradio4j.Launch;
import dev.gradio4j.Parallel;
import dev.gradio4j.Series;
import dev.gradio4j.Server;
import dev.gradio4j.client.Client;
import dev.gradio4j.client.Job;
import dev.gradio4j.examples.parity.InterfaceLive;
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
 * and with one the real Gradio serves, loaded by URL) and the Interface's {@code live},
 * {@code batch} and {@code additionalInputs}: over HTTP with the Java client, and in Chromium
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
                "SCREENSHOTS", Path.of("target/screenshots").toAbsolutePath().toString()));
        builder.environment().putIfAbsent("CHROMIUM", "/usr/bin/chromium");
        try (ChildProcess node = ChildProcess.start(builder)) {
            String output = node.awaitSuccess(Duration.ofMinutes(3));
            System.out.println(output);
            assertThat(output).contains("pass 3").contains("fail 0");
        }
    }
}
