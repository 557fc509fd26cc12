package dev.gradio4j.llm;

import dev.gradio4j.GradioError;
import dev.gradio4j.internal.json.JsonCodec;
import java.math.BigDecimal;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a chat-completions call tells the user when it fails: each message says what happened,
 * at which URL, and what to do. The messages reach the page as {@link GradioError} toasts.
 */
final class EndpointErrors {
    /** Longest server text quoted in a message; error pages can be whole HTML documents. */
    private static final int QUOTE_LIMIT = 300;

    private final String url;
    private final String model;
    private final String tokenOrigin;

    /**
     * @param url         the chat-completions URL called
     * @param model       the model asked for
     * @param tokenOrigin where the token came from ("OPENAI_API_KEY", say), or null without a token
     */
    EndpointErrors(String url, String model, String tokenOrigin) {
        this.url = url;
        this.model = model;
        this.tokenOrigin = tokenOrigin;
    }

    /** The connection failed before any answer. */
    GradioError unreachable(Throwable failure) {
        return new GradioError("Cannot reach the model endpoint at " + url + ": " + reason(failure)
                + ". Is the server running?");
    }

    /** The connection broke while the answer was streaming. */
    GradioError lost(Throwable failure) {
        return new GradioError("Lost the connection to the model endpoint at " + url + " mid-answer: "
                + describe(failure) + ". Try again.");
    }

    /** Nothing arrived within the timeout: no headers, or no next line of the stream. */
    GradioError timeout(Duration timeout, boolean midAnswer) {
        return new GradioError("The model endpoint at " + url + " did not answer within " + seconds(timeout) + " s"
                + (midAnswer ? " (the answer stopped midway)" : "")
                + ". The model may be busy or still loading: try again, or allow longer with OpenAiChat.timeout(..).");
    }

    /** The endpoint answered with a status other than 200. */
    GradioError status(int status, String body, String retryAfter, String location) {
        String said = "HTTP " + status + serverMessage(body).map(message -> ": " + message).orElse("");
        String at = "The model endpoint at " + url;
        return new GradioError(switch (status) {
            case 401, 403 -> tokenOrigin != null
                    ? at + " refused the token from " + tokenOrigin + " (" + said + "). Check that it is valid and"
                            + " allowed to use the model '" + model + "'."
                    : at + " wants a token (" + said + "). Set OPENAI_API_KEY (HF_TOKEN for Hugging Face),"
                            + " or pass one to OpenAiChat.of.";
            case 404 -> at + " has no model '" + model + "' or no such path (" + said + "). Check the model name, and"
                    + " that the base URL is the one the provider documents (http://localhost:11434/v1 for Ollama).";
            case 429 -> at + " is limiting requests (" + said + "). "
                    + (retryAfter != null ? "Retry after " + retryAfter + (retryAfter.matches("\\d+") ? " s." : ".")
                            : "Wait a little and try again.");
            default -> {
                if (status >= 500) {
                    yield at + " failed (" + said + "). Try again later, or look at the server's log.";
                } else if (status >= 300 && status < 400) {
                    yield at + " redirected the request (" + said + (location != null ? ", to " + location : "")
                            + "). Use the base URL the provider documents.";
                } else if (status >= 400) {
                    yield at + " rejected the request (" + said + ").";
                }
                yield at + " answered " + said + " instead of a stream of chat completions.";
            }
        });
    }

    /** The endpoint reported an error inside a 200 response: an {@code {"error": ...}} object. */
    GradioError reported(Object error) {
        return new GradioError("The model endpoint at " + url + " reported an error: " + serverMessage(error) + ".");
    }

    /** The stream was not OpenAI's chat-completions stream. */
    GradioError malformed(String what) {
        return new GradioError("The model endpoint sent malformed stream data: " + what + ".");
    }

    /** Text as it may appear in a message: on one line, and cut when long. */
    static String quote(String text) {
        String line = text.strip().replaceAll("\\s+", " ");
        return line.length() <= QUOTE_LIMIT ? line : line.substring(0, QUOTE_LIMIT) + "…";
    }

    /** The server's own explanation in an error body, or the body itself when it is not JSON. */
    private static Optional<String> serverMessage(String body) {
        if (body == null || body.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(serverMessage(JsonCodec.parse(body)));
        } catch (JsonCodec.MalformedJsonException notJson) {
            return Optional.of(quote(body));
        }
    }

    /**
     * The message of an error value, in the shapes servers use: OpenAI's {@code {"error":
     * {"message": ...}}}, {@code {"error": "..."}} (Ollama), {@code {"message": ...}} and
     * {@code {"detail": ...}} (FastAPI servers such as vLLM); any other value as JSON.
     */
    private static String serverMessage(Object value) {
        if (value instanceof Map<?, ?> map) {
            for (String key : List.of("error", "message", "detail")) {
                Object inner = map.get(key);
                if (inner != null) {
                    return serverMessage(inner);
                }
            }
        }
        return quote(value instanceof String text ? text : JsonCodec.write(value));
    }

    /** Why a connection failed; the JDK wraps the telling exception in a ConnectException without a message. */
    private String reason(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable cause = failure; cause != null && !chain.contains(cause); cause = cause.getCause()) {
            chain.add(cause);
        }
        if (chain.stream().anyMatch(cause -> cause instanceof UnresolvedAddressException || cause instanceof UnknownHostException)) {
            return "unknown host " + URI.create(url).getHost();
        }
        return chain.stream().filter(ConnectException.class::isInstance).findFirst()
                .map(refused -> refused.getMessage() != null ? refused.getMessage() : "connection refused")
                .orElseGet(() -> describe(failure));
    }

    /** An exception in a few words: the message of its innermost cause that has one (wrappers repeat it). */
    private static String describe(Throwable failure) {
        String message = null;
        for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause.getMessage() != null) {
                message = cause.getMessage();
            }
        }
        return message != null ? message : failure.getClass().getSimpleName();
    }

    /** Seconds without needless decimals: "60", "0.2". */
    static String seconds(Duration duration) {
        return BigDecimal.valueOf(duration.toMillis(), 3).stripTrailingZeros().toPlainString();
    }
}
