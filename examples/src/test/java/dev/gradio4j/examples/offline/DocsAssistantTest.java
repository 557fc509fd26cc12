package dev.gradio4j.examples.offline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The docs assistant over the docs the build packaged, with the real model (loaded once per JVM). */
class DocsAssistantTest {
    private static final DocsAssistant DOCS = DocsAssistant.fromClasspath(MiniLm.shared(), Duration.ZERO);

    @Test
    void packagesEveryTopLevelMarkdownFileOfTheProject() throws IOException {
        List<String> onDisk;
        try (Stream<Path> files = Files.list(Path.of(".."))) {
            onDisk = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".md"))
                    .map(n -> n.replaceFirst("\\.md$", "")).toList();
        }

        assertThat(onDisk).contains("README", "BENCHMARKS");
        assertThat(DOCS.passages()).extracting(Passage::document).containsAll(onDisk).allMatch(onDisk::contains);
        assertThat(DOCS.passages()).hasSizeGreaterThan(20);
    }

    @Test
    void answersHowToKeepAModelAcrossReloadsFromTheReloadModeSection() {
        String answer = DOCS.answer("How do I keep a loaded model across reloads?");

        assertThat(answer).startsWith("From the README, section “Reload mode”:\n\nSlow set-up").contains("Reload.keep(");
    }

    @Test
    void aQuestionThatNamesAnApiFindsThePassageThatNamesIt() {
        assertThat(DOCS.search("What is Reload.keep for?", 1).getFirst().item().text()).contains("Reload.keep");
    }

    @Test
    void answersAboutTheQueueBenchmarkFromBenchmarks() {
        String answer = DOCS.answer("How many predictions per second does the queue handle?");

        assertThat(answer).startsWith("From BENCHMARKS.md, section “Queue and server: `bench/run`”:").contains("pred/s");
    }

    @Test
    void answersHowToMakeAChatAppFromTheChatSection() {
        String answer = DOCS.answer("How do I make a chat app?");

        assertThat(answer).startsWith("From the README, section “Chat”:").contains("ChatInterface.of(")
                .endsWith(")._").contains("similarity 0.");
    }

    @Test
    void saysItCannotFindWhatTheDocsDoNotSay() {
        for (String nonsense : List.of("What is the capital of France?", "banana bread recipe", "asdf qwerty zxcv")) {
            assertThat(DOCS.answer(nonsense)).as(nonsense).startsWith("I could not find that in the docs.");
        }
    }

    @Test
    void streamsTheAnswerAsItGrows() {
        List<String> typed = DOCS.respond("How do I stream output?", List.of()).toList();

        assertThat(typed).hasSizeGreaterThan(10);
        for (int i = 1; i < typed.size(); i++) {
            assertThat(typed.get(i)).startsWith(typed.get(i - 1)).isNotEqualTo(typed.get(i - 1));
        }
        assertThat(typed.getLast()).isEqualTo(DOCS.answer("How do I stream output?"));
    }
}
