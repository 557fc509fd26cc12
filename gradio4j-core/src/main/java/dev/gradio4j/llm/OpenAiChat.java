package dev.gradio4j.llm;

import dev.gradio4j.ChatMessage;
import dev.gradio4j.GradioError;
import dev.gradio4j.MultimodalValue;
import dev.gradio4j.internal.json.JsonCodec;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.CancellationException;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * A client for OpenAI-compatible chat-completions endpoints, which streams each answer: OpenAI,
 * Hugging Face's router, and local servers such as Ollama, llama.cpp and vLLM. Its
 * {@link #respond(String, List) respond} is a {@link dev.gradio4j.ChatInterface ChatInterface}
 * function as it is:
 *
 * {@snippet class="dev.gradio4j.examples.snippets.ChatSnippets" region="openAiChat"}
 *
 * <p>The base URL is the one the provider documents for OpenAI clients, usually ending in
 * {@code /v1}: {@code https://api.openai.com/v1}, {@code https://router.huggingface.co/v1},
 * {@code http://localhost:11434/v1} (Ollama), {@code http://localhost:8080/v1} (llama.cpp),
 * {@code http://localhost:8000/v1} (vLLM). Requests go to {@code {baseUrl}/chat/completions}.
 *
 * <p>What goes to the model: the {@linkplain #systemPrompt(String) system prompt}, then the
 * conversation's messages with their roles. Thoughts and tool calls (messages with metadata) are
 * display-only and left out; images of user messages (PNG, JPEG, GIF, WebP) are sent inline as
 * base64 {@code data:} URLs, for vision models; other files are named in the text. What comes
 * back: the text of {@code choices[0].delta.content}; reasoning ({@code reasoning_content},
 * {@code reasoning}) is not part of the answer and is skipped.
 *
 * <p>Failures throw {@link GradioError}, whose message the user reads: an endpoint that cannot be
 * reached, a refused token, an unknown model, rate limiting, a server error, a timeout, a stream
 * that is not a chat-completions stream, or an error the server reports mid-stream.
 *
 * <p>Threading: an {@code OpenAiChat} is immutable and safe to share; all share one
 * {@link HttpClient}. Each stream is one request, read by one thread.
 */
public final class OpenAiChat {
    private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);
    private static final String HUGGING_FACE_ROUTER = "https://router.huggingface.co/";

    private final String baseUrl;
    private final String model;
    private final String token;
    private final String tokenOrigin;
    private final String systemPrompt;
    private final Duration timeout;

    private OpenAiChat(String baseUrl, String model, String token, String tokenOrigin, String systemPrompt, Duration timeout) {
        this.baseUrl = baseUrl;
        this.model = model;
        this.token = token;
        this.tokenOrigin = tokenOrigin;
        this.systemPrompt = systemPrompt;
        this.timeout = timeout;
    }

    /**
     * A client of the model {@code model} at {@code baseUrl}.
     *
     * @param baseUrl the provider's documented base URL, such as {@code http://localhost:11434/v1};
     *                a trailing slash is ignored, {@code /chat/completions} is appended
     * @param model   the model's name at that endpoint, such as {@code llama3.2} or {@code gpt-4o-mini}
     * @param token   the API key, sent as {@code Authorization: Bearer}; null (or blank) for local
     *                servers that need none
     * @throws IllegalArgumentException when the base URL is not an http(s) URL or the model is blank
     */
    public static OpenAiChat of(String baseUrl, String model, @Nullable String token) {
        boolean hasToken = token != null && !token.isBlank();
        return create(baseUrl, model, hasToken ? token.strip() : null, hasToken ? "OpenAiChat.of" : null);
    }

    /**
     * A client configured by the environment, as OpenAI's own clients are: {@code OPENAI_BASE_URL},
     * {@code OPENAI_MODEL}, and {@code OPENAI_API_KEY}, or, when the base URL is Hugging Face's
     * router {@code https://router.huggingface.co/v1} and {@code OPENAI_API_KEY} is not set,
     * {@code HF_TOKEN}.
     *
     * @return the client, or empty when {@code OPENAI_BASE_URL} or {@code OPENAI_MODEL} is not set
     * @throws IllegalArgumentException when {@code OPENAI_BASE_URL} is not an http(s) URL
     */
    public static Optional<OpenAiChat> fromEnvironment() {
        return fromEnvironment(System::getenv);
    }

    static Optional<OpenAiChat> fromEnvironment(Function<String, String> environment) {
        String baseUrl = nonBlank(environment.apply("OPENAI_BASE_URL"));
        String model = nonBlank(environment.apply("OPENAI_MODEL"));
        if (baseUrl == null || model == null) {
            return Optional.empty();
        }
        String origin = "OPENAI_API_KEY";
        String token = nonBlank(environment.apply(origin));
        if (token == null && (baseUrl.strip() + "/").toLowerCase(Locale.ROOT).startsWith(HUGGING_FACE_ROUTER)) {
            origin = "HF_TOKEN";
            token = nonBlank(environment.apply(origin));
        }
        try {
            return Optional.of(create(baseUrl, model, token, token != null ? origin : null));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("OPENAI_BASE_URL: " + e.getMessage(), e);
        }
    }

    private static OpenAiChat create(String baseUrl, String model, String token, String tokenOrigin) {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(model, "model");
        String base = baseUrl.strip();
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        URI uri;
        try {
            uri = URI.create(base);
        } catch (IllegalArgumentException e) {
            uri = null;
        }
        if (uri == null || !("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                || uri.getHost() == null) {
            throw new IllegalArgumentException("the base URL must be an http:// or https:// URL, such as"
                    + " http://localhost:11434/v1, not '" + baseUrl + "'");
        }
        if (model.isBlank()) {
            throw new IllegalArgumentException("the model name is blank");
        }
        return new OpenAiChat(base, model.strip(), token, tokenOrigin, null, DEFAULT_TIMEOUT);
    }

    /**
     * A copy of this client that starts every conversation with {@code prompt} as a system
     * message (null for none). This client is left as it is.
     */
    public OpenAiChat systemPrompt(@Nullable String prompt) {
        return new OpenAiChat(baseUrl, model, token, tokenOrigin, prompt, timeout);
    }

    /**
     * A copy of this client with another timeout (default 60 s). It bounds the wait for the
     * response to begin, connection included, and then the wait for each next line of the
     * stream: a model that thinks for minutes is fine as long as the server keeps sending. This
     * client is left as it is.
     */
    public OpenAiChat timeout(Duration timeout) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the timeout must be positive, not " + timeout);
        }
        return new OpenAiChat(baseUrl, model, token, tokenOrigin, systemPrompt, timeout);
    }

    /** The base URL, without a trailing slash. */
    public String baseUrl() {
        return baseUrl;
    }

    /** The model's name. */
    public String model() {
        return model;
    }

    /**
     * The answer to {@code message} after {@code history}, streamed: each element is the answer so
     * far, the convention of {@link dev.gradio4j.ChatInterface ChatInterface}. See
     * {@link #stream(List)} for when the request goes out and how it ends.
     *
     * @param history the conversation before the message, oldest first; may be empty
     */
    public Stream<String> respond(@Nullable String message, List<ChatMessage> history) {
        List<ChatMessage> conversation = new ArrayList<>(history);
        conversation.add(ChatMessage.user(message == null ? "" : message));
        return stream(conversation);
    }

    /**
     * The answer to a message with attachments, for {@link dev.gradio4j.ChatInterface#multimodal
     * ChatInterface.multimodal}: images go to the model as pictures, other files by name.
     *
     * @param history the conversation before the message, oldest first; may be empty
     */
    public Stream<String> respond(MultimodalValue message, List<ChatMessage> history) {
        List<ChatMessage> conversation = new ArrayList<>(history);
        conversation.add(ChatMessage.user(message.text(), message.files().toArray(Path[]::new)));
        return stream(conversation);
    }

    /**
     * The answer to a whole conversation, whose last message is the user's, streamed: each
     * element is the answer so far.
     *
     * <p>Image files are read now; the request goes out when the first element is asked for. The
     * stream ends with the answer. Closing it before then aborts the request: the connection is
     * dropped. Interrupting the thread that reads it (Stop, in the page) does the same and ends
     * in a {@link CancellationException}, with the thread's interrupt flag kept; a stop is not
     * reported as a failure.
     *
     * @throws GradioError when an image cannot be read, and, from the stream, when the request fails
     */
    public Stream<String> stream(List<ChatMessage> conversation) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("model", model);
        body.put("messages", Messages.of(systemPrompt, conversation));
        body.put("stream", true);
        URI endpoint = URI.create(baseUrl + "/chat/completions");
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint)
                .header("Content-Type", "application/json")
                .header("Accept", "text/event-stream, application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(JsonCodec.writeBytes(body)));
        if (endpoint.getScheme().equalsIgnoreCase("http")) {
            // Without TLS the client would offer an h2c upgrade, which some local servers mishandle.
            request.version(HttpClient.Version.HTTP_1_1);
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        CompletionCall call = new CompletionCall(Shared.CLIENT, request.build(), timeout,
                new EndpointErrors(endpoint.toString(), model, tokenOrigin));
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(call, Spliterator.ORDERED | Spliterator.NONNULL), false)
                .onClose(call::close);
    }

    /** Where the token came from: "OPENAI_API_KEY", "HF_TOKEN", "OpenAiChat.of", or null for none. */
    String tokenOrigin() {
        return tokenOrigin;
    }

    @Override
    public String toString() {
        return "OpenAiChat[" + baseUrl + ", " + model + "]";
    }

    private static String nonBlank(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** One client for all: it holds a connection pool and a selector thread, made once, when first needed. */
    private static final class Shared {
        static final HttpClient CLIENT = HttpClient.newHttpClient();
    }
}
