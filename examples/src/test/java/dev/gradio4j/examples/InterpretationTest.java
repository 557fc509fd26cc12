package dev.gradio4j.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gradio4j.Gr;
import dev.gradio4j.HighlightedText.Span;
import dev.gradio4j.Interface;
import dev.gradio4j.Interpretation;
import dev.gradio4j.Label;
import dev.gradio4j.Launch;
import dev.gradio4j.Server;
import dev.gradio4j.examples.offline.MiniLm;
import dev.gradio4j.examples.offline.ZeroShot;
import dev.gradio4j.examples.snippets.InterfaceSnippets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Interface's Interpret button: over HTTP with the official Python client
 * ({@code src/test/python/test_interpretation.py}), in Chromium ({@code src/test/js/interpretation.test.mjs}),
 * on the topic classifier demo with the real MiniLM, and the errors at launch.
 */
class InterpretationTest {
    private static final Duration LIMIT = Duration.ofMinutes(5);

    /** Positive when the review says "great", a little less when it also says "not". */
    static Map<String, Double> review(String text) {
        List<String> words = Arrays.asList(text.toLowerCase().split("\\s+"));
        double positive = 0.2 + (words.contains("great") ? 0.7 : 0) - (words.contains("not") ? 0.1 : 0);
        return Map.of("positive", positive, "negative", 1 - positive);
    }

    static Interface reviews(Interpretation interpretation) {
        return Interface.of(InterpretationTest::review, Gr.textbox().label("review"), Label.create()).interpretation(interpretation);
    }

    @Test
    void theOfficialPythonClientAndChromiumSeeTheWordTheClassDependsOn() throws Exception {
        Launch options = Launch.options().port(0).quiet(true);
        try (Server text = reviews(Interpretation.occlusion()).launch(options);
             Server shapley = reviews(Interpretation.shapley(8)).launch(options);
             Server image = InterfaceSnippets.interpretedClassifierApp().launch(options)) {
            var pytest = new ProcessBuilder(ClientSuites.python().toString(), "-m", "pytest", "-p", "no:cacheprovider", "-q",
                    "test_interpretation.py").directory(ClientSuites.PYTHON.toFile());
            pytest.environment().put("GRADIO_URL", text.url());
            pytest.environment().put("TEXT_URL", text.url());
            pytest.environment().put("SHAPLEY_URL", shapley.url());
            pytest.environment().put("IMAGE_URL", image.url());
            try (ChildProcess run = ChildProcess.start(pytest)) {
                assertThat(run.awaitSuccess(LIMIT)).contains("4 passed");
            }
            var node = new ProcessBuilder("node", "--test", "--test-reporter=spec", "interpretation.test.mjs")
                    .directory(ClientSuites.JS.toFile());
            node.environment().put("TEXT_URL", text.url());
            node.environment().put("SCREENSHOTS", Path.of("target/screenshots").toAbsolutePath().toString());
            node.environment().putIfAbsent("CHROMIUM", "/usr/bin/chromium");
            try (ChildProcess run = ChildProcess.start(node)) {
                assertThat(run.awaitSuccess(LIMIT)).contains("pass 1").contains("fail 0");
            }
        }
    }

    @Test
    void theTopicDemoShowsWhichWordMadeTheTopic() throws Exception {
        var topics = ZeroShot.topics(MiniLm.shared());
        // One word carries the topic: without it nothing says sports, so it gets the full red.
        String text = "we watched football yesterday";
        assertThat(topics.classify(text).entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey())
                .isEqualTo("sports");
        @SuppressWarnings("unchecked")
        var spans = (List<Span>) TopicClassifier.app(topics, Interpretation.occlusion()).toBlocks().call("/interpret", text);
        assertThat(spans.stream().map(Span::text).reduce("", String::concat)).isEqualTo(text);
        assertThat(spans).as("the word that made the topic is at full red").contains(Span.scored("football", 1.0));
        assertThat(spans).filteredOn(s -> s.score() != null && !s.text().equals("football")).allMatch(s -> s.score() < 1.0);
    }

    @Test
    void interpretingAnOutputThatIsNotALabelFailsAtLaunchSayingWhatToDo() {
        var echo = Interface.of((String s) -> s, Gr.textbox(), Gr.textbox()).interpretation(Interpretation.occlusion());
        assertThatThrownBy(() -> echo.launch(Launch.options().port(0).quiet(true))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("output must be one Label").hasMessageContaining("not Textbox")
                .hasMessageContaining("remove .interpretation(...)");
        var numbers = Interface.of((Double x) -> Map.of("big", x), Gr.number(), Label.create()).interpretation(Interpretation.occlusion());
        assertThatThrownBy(() -> numbers.launch(Launch.options().port(0).quiet(true))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no Textbox or Image input");
        assertThatThrownBy(() -> Interpretation.shapley(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 1 sample");
    }

    @Test
    void aCustomInterpretationShowsWhatItReturns() {
        var custom = reviews(Interpretation.of(inputs -> List.of(List.of(Span.scored("mine", 0.5)))));
        assertThat(custom.toBlocks().call("/interpret", "anything")).isEqualTo(List.of(Span.scored("mine", 0.5)));
    }
}
