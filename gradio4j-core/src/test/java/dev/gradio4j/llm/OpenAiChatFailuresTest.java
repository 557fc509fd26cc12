package dev.gradio4j.llm;

import static dev.gradio4j.llm.StandInEndpoint.chunk;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.gradio4j.GradioError;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Each way a model endpoint can fail ends in a {@link GradioError} that says what happened and what to do. */
@Timeout(30)
class OpenAiChatFailuresTest {
    StandInEndpoint endpoint;
    String url;

    @BeforeEach
    void start() throws IOException {
        endpoint = new StandInEndpoint();
        url = endpoint.baseUrl() + "/chat/completions";
    }

    @AfterEach
    void stop() {
        endpoint.close();
    }

    OpenAiChat chat() {
        return OpenAiChat.of(endpoint.baseUrl(), "llama3.2", null);
    }

    /** The error the answer ends with; the answers so far go to {@code seen}. */
    static GradioError failure(Stream<String> answer, List<String> seen) {
        return catchThrowableOfType(GradioError.class, () -> answer.forEach(seen::add));
    }

    static GradioError failure(Stream<String> answer) {
        return failure(answer, new ArrayList<>());
    }

    @Test
    void aClosedPortIsReportedAsUnreachable() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        OpenAiChat chat = OpenAiChat.of("http://127.0.0.1:" + port + "/v1", "llama3.2", null);

        GradioError error = failure(chat.respond("Hi", List.of()));

        assertThat(error.getMessage())
                .startsWith("Cannot reach the model endpoint at http://127.0.0.1:" + port + "/v1/chat/completions: ")
                .endsWith(". Is the server running?")
                .doesNotContain("null");
    }

    @Test
    void aRefusedTokenIsReportedWithTheServersMessageAndWhereTheTokenCameFrom() {
        endpoint.reply(StandInEndpoint.status(401,
                "{\"error\":{\"message\":\"Incorrect API key provided: sk-te**st.\",\"type\":\"invalid_request_error\"}}"));
        OpenAiChat fromArgument = OpenAiChat.of(endpoint.baseUrl(), "gpt-4o", "sk-test");
        OpenAiChat fromEnvironment = OpenAiChat.fromEnvironment(Map.of("OPENAI_BASE_URL", endpoint.baseUrl(),
                "OPENAI_MODEL", "gpt-4o", "OPENAI_API_KEY", "sk-test")::get).orElseThrow();

        assertThat(failure(fromArgument.respond("Hi", List.of())).getMessage()).isEqualTo("The model endpoint at " + url
                + " refused the token from OpenAiChat.of (HTTP 401: Incorrect API key provided: sk-te**st.). Check that it"
                + " is valid and allowed to use the model 'gpt-4o'.");
        assertThat(failure(fromEnvironment.respond("Hi", List.of())).getMessage())
                .contains("refused the token from OPENAI_API_KEY (HTTP 401: Incorrect API key provided");
    }

    @Test
    void aMissingTokenIsReportedWithHowToSetOne() {
        endpoint.reply(StandInEndpoint.status(403, "{\"error\":\"unauthorized\"}"));

        assertThat(failure(chat().respond("Hi", List.of())).getMessage()).isEqualTo("The model endpoint at " + url
                + " wants a token (HTTP 403: unauthorized). Set OPENAI_API_KEY (HF_TOKEN for Hugging Face), or pass one"
                + " to OpenAiChat.of.");
    }

    @Test
    void anUnknownModelIsReportedWithItsNameAndTheUrl() {
        endpoint.reply(StandInEndpoint.status(404, "{\"error\":{\"message\":\"model \\\"llama3.2\\\" not found, try pulling it first\"}}"));

        assertThat(failure(chat().respond("Hi", List.of())).getMessage()).isEqualTo("The model endpoint at " + url
                + " has no model 'llama3.2' or no such path (HTTP 404: model \"llama3.2\" not found, try pulling it first)."
                + " Check the model name, and that the base URL is the one the provider documents"
                + " (http://localhost:11434/v1 for Ollama).");
    }

    @Test
    void rateLimitingIsReportedWithRetryAfter() {
        endpoint.reply(StandInEndpoint.status(429, "{\"error\":{\"message\":\"Rate limit reached\"}}", "Retry-After", "20"));

        assertThat(failure(chat().respond("Hi", List.of())).getMessage()).isEqualTo("The model endpoint at " + url
                + " is limiting requests (HTTP 429: Rate limit reached). Retry after 20 s.");
    }

    @Test
    void aServerFailureIsReportedWithItsStatusAndTheStartOfALongBody() {
        String page = "<html><body>" + "Internal error. ".repeat(100) + "</body></html>";
        endpoint.reply(StandInEndpoint.status(500, page));

        String message = failure(chat().respond("Hi", List.of())).getMessage();

        assertThat(message).startsWith("The model endpoint at " + url + " failed (HTTP 500: <html><body>Internal error.")
                .endsWith("…). Try again later, or look at the server's log.");
        assertThat(message.length()).isLessThan(500);
    }

    @Test
    void anotherStatusIsReportedWithTheServersMessage() {
        endpoint.reply(StandInEndpoint.status(400, "{\"detail\":\"This model's maximum context length is 8192 tokens\"}"));

        assertThat(failure(chat().respond("Hi", List.of())).getMessage()).isEqualTo("The model endpoint at " + url
                + " rejected the request (HTTP 400: This model's maximum context length is 8192 tokens).");
    }

    @Test
    void aDataLineThatIsNotJsonIsMalformed() {
        endpoint.reply(StandInEndpoint.lines("data: " + chunk("Hel"), "", "data: lo there", "", "data: [DONE]", ""));
        List<String> seen = new ArrayList<>();

        assertThat(failure(chat().respond("Hi", List.of()), seen).getMessage())
                .isEqualTo("The model endpoint sent malformed stream data: a data line that is not JSON: lo there.");
        assertThat(seen).containsExactly("Hel");
    }

    @Test
    void aChunkWithoutChoicesIsMalformed() {
        endpoint.reply(StandInEndpoint.lines("data: {\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\"}", ""));

        assertThat(failure(chat().respond("Hi", List.of())).getMessage()).isEqualTo("The model endpoint sent malformed"
                + " stream data: a chunk without choices: {\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\"}.");
    }

    @Test
    void aStreamThatEndsWithoutDoneOrAFinishReasonIsMalformed() {
        endpoint.reply(StandInEndpoint.lines("data: " + chunk("Hel"), ""));
        List<String> seen = new ArrayList<>();

        assertThat(failure(chat().respond("Hi", List.of()), seen).getMessage()).isEqualTo(
                "The model endpoint sent malformed stream data: the stream ended without [DONE] and without a finish_reason.");
        assertThat(seen).containsExactly("Hel");
    }

    @Test
    void aPageInsteadOfAStreamIsMalformed() {
        endpoint.reply(exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "text/html");
            byte[] page = "<!doctype html>\n<p>Welcome</p>\n".getBytes();
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
        });

        assertThat(failure(chat().respond("Hi", List.of())).getMessage()).isEqualTo("The model endpoint sent malformed"
                + " stream data: no data lines in the response (Content-Type text/html); check the base URL.");
    }

    @Test
    void anErrorObjectInTheStreamIsReportedAsTheServersError() {
        endpoint.reply(StandInEndpoint.lines("data: " + chunk("Hel"), "",
                "data: {\"error\":{\"message\":\"CUDA out of memory\",\"code\":500}}", ""));
        List<String> seen = new ArrayList<>();

        assertThat(failure(chat().respond("Hi", List.of()), seen).getMessage())
                .isEqualTo("The model endpoint at " + url + " reported an error: CUDA out of memory.");
        assertThat(seen).containsExactly("Hel");
    }

    @Test
    void aServerThatDoesNotAnswerInTimeIsReported() {
        endpoint.reply(endpoint.silent());
        long start = System.nanoTime();

        GradioError error = failure(chat().timeout(Duration.ofMillis(300)).respond("Hi", List.of()));

        assertThat(error.getMessage()).isEqualTo("The model endpoint at " + url + " did not answer within 0.3 s. The model"
                + " may be busy or still loading: try again, or allow longer with OpenAiChat.timeout(..).");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void aStreamThatStallsMidAnswerIsReported() {
        endpoint.reply(endpoint.stallingAfter("Hel"));
        List<String> seen = new ArrayList<>();
        long start = System.nanoTime();

        GradioError error = failure(chat().timeout(Duration.ofMillis(300)).respond("Hi", List.of()), seen);

        assertThat(error.getMessage()).startsWith("The model endpoint at " + url
                + " did not answer within 0.3 s (the answer stopped midway). ");
        assertThat(seen).containsExactly("Hel");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }
}
