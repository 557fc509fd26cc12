package dev.gradio4j.llm;

import static dev.gradio4j.llm.StandInEndpoint.chunk;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gradio4j.ChatMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** What goes to an OpenAI-compatible endpoint, and how its stream comes back as the answer so far. */
@Timeout(30)
class OpenAiChatTest {
    StandInEndpoint endpoint;

    @BeforeEach
    void start() throws IOException {
        endpoint = new StandInEndpoint();
    }

    @AfterEach
    void stop() {
        endpoint.close();
    }

    @Test
    void streamsTheAnswerSoFarTokenByToken() {
        endpoint.reply(StandInEndpoint.stream("Hel", "lo", ", world"));
        OpenAiChat chat = OpenAiChat.of(endpoint.baseUrl(), "llama3.2", null);

        assertThat(chat.respond("Hi", List.of()).toList()).containsExactly("Hel", "Hello", "Hello, world");
    }

    @Test
    void postsTheModelTheMessagesAndStreamTrueWithTheTokenAsBearer() throws Exception {
        OpenAiChat chat = OpenAiChat.of(endpoint.baseUrl(), "gpt-4o-mini", "sk-test");

        chat.respond("And in French?", List.of(ChatMessage.user("Say hello"), ChatMessage.assistant("Hello!"))).toList();

        StandInEndpoint.Recorded request = endpoint.request();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/v1/chat/completions");
        assertThat(request.headers().getFirst("Authorization")).isEqualTo("Bearer sk-test");
        assertThat(request.headers().getFirst("Content-Type")).isEqualTo("application/json");
        assertThat(request.body()).isEqualTo(Map.of(
                "model", "gpt-4o-mini",
                "stream", true,
                "messages", List.of(
                        Map.of("role", "user", "content", "Say hello"),
                        Map.of("role", "assistant", "content", "Hello!"),
                        Map.of("role", "user", "content", "And in French?"))));
    }

    @Test
    void sendsNoAuthorizationWithoutAToken() throws Exception {
        OpenAiChat.of(endpoint.baseUrl(), "llama3.2", " ").respond("Hi", List.of()).toList();

        assertThat(endpoint.request().headers().containsKey("Authorization")).isFalse();
    }

    @Test
    void startsWithTheSystemPromptKeepsSystemMessagesAndLeavesThoughtsOut() throws Exception {
        OpenAiChat plain = OpenAiChat.of(endpoint.baseUrl(), "llama3.2", null);
        OpenAiChat prompted = plain.systemPrompt("Be brief.");
        List<ChatMessage> conversation = List.of(
                ChatMessage.system("Answer in English."),
                ChatMessage.user("What is 2 + 2?"),
                ChatMessage.assistant("Adding the numbers").withMetadata(ChatMessage.Metadata.titled("Thinking")),
                ChatMessage.assistant("4"),
                ChatMessage.user("And 3 + 3?"));

        prompted.stream(conversation).toList();
        plain.stream(conversation).toList();

        List<Map<String, Object>> sent = List.of(
                Map.of("role", "system", "content", "Answer in English."),
                Map.of("role", "user", "content", "What is 2 + 2?"),
                Map.of("role", "assistant", "content", "4"),
                Map.of("role", "user", "content", "And 3 + 3?"));
        List<Map<String, Object>> withPrompt = new java.util.ArrayList<>(sent);
        withPrompt.addFirst(Map.of("role", "system", "content", "Be brief."));
        assertThat(endpoint.request().body().get("messages")).isEqualTo(withPrompt);
        assertThat(endpoint.request().body().get("messages")).isEqualTo(sent);
    }

    @Test
    void sendsImagesOfUserMessagesAsDataUrlsAndNamesOtherFiles(@TempDir Path dir) throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 1, 2, 3};
        Path cat = Files.write(dir.resolve("cat.PNG"), png);
        Path report = Files.writeString(dir.resolve("report.pdf"), "%PDF-1.7");
        Path drawn = Files.write(dir.resolve("drawn.png"), png);
        OpenAiChat chat = OpenAiChat.of(endpoint.baseUrl(), "llava", null);

        chat.stream(List.of(
                ChatMessage.user("What is in this picture?", cat, report),
                ChatMessage.assistant("Here is my drawing", drawn),
                ChatMessage.user(null, cat))).toList();

        assertThat(endpoint.request().body().get("messages")).isEqualTo(List.of(
                Map.of("role", "user", "content", List.of(
                        Map.of("type", "text", "text", "What is in this picture?\n[Attached file: report.pdf]"),
                        Map.of("type", "image_url", "image_url",
                                Map.of("url", "data:image/png;base64," + Base64.getEncoder().encodeToString(png))))),
                Map.of("role", "assistant", "content", "Here is my drawing\n[Attached file: drawn.png]"),
                Map.of("role", "user", "content", List.of(Map.of("type", "image_url", "image_url",
                        Map.of("url", "data:image/png;base64," + Base64.getEncoder().encodeToString(png)))))));
    }

    @Test
    void putsTheContentOfTextFilesIntoTheTextCutPastTheLimit(@TempDir Path dir) throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.md"), "# Plan\nShip on Friday.");
        Path log = Files.writeString(dir.resolve("huge.log"), "x".repeat(Messages.TEXT_LIMIT + 10));
        OpenAiChat chat = OpenAiChat.of(endpoint.baseUrl(), "llama3.2", null);

        chat.stream(List.of(ChatMessage.user("When do we ship?", notes, log))).toList();

        @SuppressWarnings("unchecked")
        var sent = (String) ((List<Map<String, Object>>) endpoint.request().body().get("messages")).getFirst().get("content");
        assertThat(sent).startsWith("When do we ship?\n[Attached file: notes.md]\n# Plan\nShip on Friday.\n[Attached file: huge.log]\n")
                .endsWith("x\n[... the rest of huge.log is left out]")
                .hasSizeLessThan(Messages.TEXT_LIMIT + 200);
    }

    @Test
    void aTrailingSlashOnTheBaseUrlIsForgiven() throws Exception {
        OpenAiChat chat = OpenAiChat.of(endpoint.baseUrl() + "/", "llama3.2", null);

        assertThat(chat.baseUrl()).isEqualTo(endpoint.baseUrl());
        assertThat(chat.respond("Hi", List.of()).toList()).containsExactly("Hi", "Hi!");
        assertThat(endpoint.request().path()).isEqualTo("/v1/chat/completions");
    }

    @Test
    void aBaseUrlThatIsNotHttpIsRefusedAtOnce() {
        assertThatThrownBy(() -> OpenAiChat.of("localhost:11434/v1", "llama3.2", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("http://")
                .hasMessageContaining("'localhost:11434/v1'");
        assertThatThrownBy(() -> OpenAiChat.of("http://localhost:11434/v1", " ", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("model");
    }

    @Test
    void skipsCommentsOtherFieldsReasoningAndEmptyChoicesAndReadsCrLfLines() {
        endpoint.reply(StandInEndpoint.lines(
                ": PROCESSING\r",
                "\r",
                "event: message\r",
                "id: 1\r",
                "data: {\"choices\":[]}\r",
                "\r",
                "data: {\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\",\"reasoning_content\":\"hmm\"}}]}\r",
                "\r",
                "data: {\"choices\":[{\"index\":0,\"delta\":{\"reasoning\":\"so\"}}]}\r",
                "\r",
                "data:" + chunk("Four") + "\r",
                "\r",
                "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\".\"},\"finish_reason\":\"stop\"}]}\r",
                "\r",
                "data: [DONE]\r",
                "\r"));
        OpenAiChat chat = OpenAiChat.of(endpoint.baseUrl(), "deepseek-r1", null);

        assertThat(chat.respond("2 + 2?", List.of()).toList()).containsExactly("Four", "Four.");
    }

    @Test
    void aStreamThatEndsAfterAFinishReasonButWithoutDoneIsComplete() {
        endpoint.reply(StandInEndpoint.lines(
                "data: " + chunk("Done"),
                "",
                "data: {\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"length\"}]}"));
        OpenAiChat chat = OpenAiChat.of(endpoint.baseUrl(), "llama3.2", null);

        assertThat(chat.respond("Hi", List.of()).toList()).containsExactly("Done");
    }

    @Test
    void aServerThatIgnoresStreamingAnswersInOnePiece() {
        endpoint.reply(StandInEndpoint.status(200,
                "{\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\"Whole answer\"},"
                        + "\"finish_reason\":\"stop\"}]}"));
        OpenAiChat chat = OpenAiChat.of(endpoint.baseUrl(), "llama3.2", null);

        assertThat(chat.respond("Hi", List.of()).toList()).containsExactly("Whole answer");
    }

    @Test
    void theRequestGoesOutOnlyWhenTheAnswerIsRead() throws Exception {
        OpenAiChat chat = OpenAiChat.of(endpoint.baseUrl(), "llama3.2", null);

        var unread = chat.respond("first", List.of());
        chat.respond("second", List.of()).toList();
        unread.close();

        assertThat(endpoint.request().body().get("messages")).isEqualTo(List.of(Map.of("role", "user", "content", "second")));
    }

    @Test
    void readsItsSettingsFromTheEnvironment() {
        assertThat(OpenAiChat.fromEnvironment(Map.of("OPENAI_BASE_URL", "http://localhost:11434/v1")::get)).isEmpty();
        assertThat(OpenAiChat.fromEnvironment(Map.of("OPENAI_MODEL", "llama3.2")::get)).isEmpty();

        OpenAiChat local = OpenAiChat.fromEnvironment(
                Map.of("OPENAI_BASE_URL", "http://localhost:11434/v1/", "OPENAI_MODEL", "llama3.2")::get).orElseThrow();
        assertThat(local.baseUrl()).isEqualTo("http://localhost:11434/v1");
        assertThat(local.model()).isEqualTo("llama3.2");

        assertThatThrownBy(() -> OpenAiChat.fromEnvironment(Map.of("OPENAI_BASE_URL", "localhost", "OPENAI_MODEL", "m")::get))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("OPENAI_BASE_URL: ");
    }

    @Test
    void takesTheTokenFromOpenAiApiKeyOrOnHuggingFacesRouterFromHfToken() {
        String router = "https://router.huggingface.co/v1";
        assertThat(fromEnvironment("http://localhost:8000/v1", "OPENAI_API_KEY", "sk-1", "HF_TOKEN", "hf_1").tokenOrigin())
                .isEqualTo("OPENAI_API_KEY");
        assertThat(fromEnvironment("http://localhost:8000/v1", "HF_TOKEN", "hf_1").tokenOrigin()).isNull();
        assertThat(fromEnvironment(router, "HF_TOKEN", "hf_1").tokenOrigin()).isEqualTo("HF_TOKEN");
        assertThat(fromEnvironment(router + "/", "OPENAI_API_KEY", "hf_2", "HF_TOKEN", "hf_1").tokenOrigin())
                .isEqualTo("OPENAI_API_KEY");
        assertThat(fromEnvironment(router, "OPENAI_API_KEY", " ", "HF_TOKEN", "hf_1").tokenOrigin()).isEqualTo("HF_TOKEN");
        assertThat(OpenAiChat.of(router, "m", "hf_1").tokenOrigin()).isEqualTo("OpenAiChat.of");
    }

    private static OpenAiChat fromEnvironment(String baseUrl, String... namesAndValues) {
        Map<String, String> environment = new java.util.HashMap<>(Map.of("OPENAI_BASE_URL", baseUrl, "OPENAI_MODEL", "m"));
        for (int i = 0; i < namesAndValues.length; i += 2) {
            environment.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return OpenAiChat.fromEnvironment(environment::get).orElseThrow();
    }
}
