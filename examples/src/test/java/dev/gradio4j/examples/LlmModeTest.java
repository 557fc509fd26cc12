package dev.gradio4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.gradio4j.MultimodalValue;
import dev.gradio4j.llm.OpenAiChat;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The demos' LLM mode, against a stand-in OpenAI-compatible endpoint on a real port: the page
 * says which model answers, the docs chat gives the model the passages MiniLM found, and the
 * document analyzer sends the model the attached image.
 */
@Timeout(60)
class LlmModeTest {
    HttpServer endpoint;
    final BlockingQueue<String> requests = new ArrayBlockingQueue<>(4);

    @BeforeEach
    void start() throws IOException {
        endpoint = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        endpoint.createContext("/v1/chat/completions", exchange -> {
            requests.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                for (String token : List.of("Use ", "Reload.keep.")) {
                    out.write(("data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"" + token + "\"}}]}\n\n")
                            .getBytes(StandardCharsets.UTF_8));
                }
                out.write("data: [DONE]\n\n".getBytes(StandardCharsets.UTF_8));
            }
        });
        endpoint.start();
    }

    @AfterEach
    void stop() {
        endpoint.stop(0);
    }

    Optional<OpenAiChat> model() {
        return Optional.of(OpenAiChat.of("http://127.0.0.1:" + endpoint.getAddress().getPort() + "/v1", "tiny-model", null));
    }

    @Test
    void theDocsChatAsksTheModelWithThePassagesMiniLmFound() throws Exception {
        var mode = DocsChat.mode(model());
        assertThat(mode.description()).startsWith("**LLM mode**: `tiny-model` at http://127.0.0.1:");

        List<String> answer;
        try (Stream<String> steps = mode.respond().apply("How do I keep a loaded model across reloads?", List.of())) {
            answer = steps.toList();
        }
        assertThat(answer).containsExactly("Use ", "Use Reload.keep.");
        String request = requests.poll(5, TimeUnit.SECONDS);
        assertThat(request).contains("\"role\":\"system\"").contains("Reload mode").contains("Reload.keep")
                .contains("How do I keep a loaded model across reloads?");
    }

    @Test
    void theDocumentAnalyzerSendsTheModelTheAttachedImage() throws Exception {
        var mode = DocumentAnalyzer.mode(model());
        assertThat(mode.description()).contains("`tiny-model`").contains("reads the document you attach");

        try (Stream<String> steps = mode.respond().apply(MultimodalValue.of("What is the total?", DocumentAnalyzer.invoice()),
                List.of())) {
            assertThat(steps.toList().getLast()).isEqualTo("Use Reload.keep.");
        }
        assertThat(requests.poll(5, TimeUnit.SECONDS)).contains("data:image/png;base64,").contains("What is the total?");
    }
}
