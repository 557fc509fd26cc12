package dev.gradio4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradio4j.Launch;
import dev.gradio4j.Server;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class DocsChatTest {

    @Test
    void respondStreamsAGrowingAnswerThatNamesItsSource() {
        List<String> typed;
        try (Stream<String> answer = DocsChat.respond("How do I keep a loaded model across reloads?", List.of())) {
            typed = answer.limit(12).toList();
        }

        assertThat(typed).hasSize(12);
        assertThat(typed.getFirst()).isEqualTo("From");
        for (int i = 1; i < typed.size(); i++) {
            assertThat(typed.get(i)).startsWith(typed.get(i - 1)).hasSizeGreaterThan(typed.get(i - 1).length());
        }
        assertThat(typed.getLast()).startsWith("From the README, section “Reload mode”:");
    }

    @Test
    void thePageSaysPlainlyWhichModeAnswersAndOffersExamples() throws Exception {
        try (Server server = DocsChat.app().launch(Launch.options().port(0).quiet(true))) {
            String config = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.url() + "/config")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();

            assertThat(config).contains("Offline mode").contains("semantic search over gradio4j's docs with MiniLM")
                    .contains("OPENAI_BASE_URL").contains("How do I keep a loaded model across reloads?")
                    .contains("\"api_name\":\"respond\"");
        }
    }
}
