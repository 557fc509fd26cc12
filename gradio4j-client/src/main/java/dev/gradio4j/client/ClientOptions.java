package dev.gradio4j.client;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How a {@link Client} connects: a Hugging Face token, a password login, extra headers and
 * timeouts. Immutable; each {@code with...} answers a changed copy.
 *
 * {@snippet class="dev.gradio4j.examples.snippets.ClientSnippets" region="options"}
 */
public final class ClientOptions {
    private static final ClientOptions DEFAULTS = new ClientOptions(null, null, null, Map.of(),
            Duration.ofSeconds(10), Duration.ofSeconds(60), "https://huggingface.co");

    private final @Nullable String token;
    private final @Nullable String username;
    private final @Nullable String password;
    private final Map<String, String> headers;
    private final Duration connectTimeout;
    private final Duration requestTimeout;
    private final String hubUrl;

    private ClientOptions(@Nullable String token, @Nullable String username, @Nullable String password,
                          Map<String, String> headers, Duration connectTimeout, Duration requestTimeout, String hubUrl) {
        this.token = token;
        this.username = username;
        this.password = password;
        this.headers = headers;
        this.connectTimeout = connectTimeout;
        this.requestTimeout = requestTimeout;
        this.hubUrl = hubUrl;
    }

    /** No token, no login, no extra header; 10 s to connect, 60 s for each request; the Hub at {@code https://huggingface.co}. */
    public static ClientOptions defaults() {
        return DEFAULTS;
    }

    /**
     * A Hugging Face token ({@code hf_...}): sent to the Hub as {@code Authorization: Bearer}, it
     * finds private Spaces; sent to the app as {@code X-HF-Authorization: Bearer}, as Gradio's
     * Python client sends it, it lets a private Space in and its owner know who calls.
     */
    public ClientOptions withToken(String token) {
        Objects.requireNonNull(token, "token");
        return new ClientOptions(token, username, password, headers, connectTimeout, requestTimeout, hubUrl);
    }

    /** Logs in with a user name and password, as an app launched with {@code auth=} asks. */
    public ClientOptions withLogin(String username, String password) {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        return new ClientOptions(token, username, password, headers, connectTimeout, requestTimeout, hubUrl);
    }

    /** A header sent with every request (one value; a second call with the same name replaces it). */
    public ClientOptions withHeader(String name, String value) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        var changed = new LinkedHashMap<>(headers);
        changed.put(name, value);
        return new ClientOptions(token, username, password, Map.copyOf(changed), connectTimeout, requestTimeout, hubUrl);
    }

    /** How long to wait for a connection to the app. */
    public ClientOptions withConnectTimeout(Duration timeout) {
        return new ClientOptions(token, username, password, headers, positive(timeout, "connect timeout"), requestTimeout, hubUrl);
    }

    /**
     * How long to wait for each answer of the app: the config, an upload, the start of a job's
     * event stream. A running job may take longer; {@link Job#result(Duration)} bounds that.
     */
    public ClientOptions withRequestTimeout(Duration timeout) {
        return new ClientOptions(token, username, password, headers, connectTimeout, positive(timeout, "request timeout"), hubUrl);
    }

    /**
     * Where the Hugging Face Hub is, which turns a Space's name ({@code "owner/name"}) into the
     * Space's address: a Hub mirror, a private Hub, or a stand-in in tests.
     *
     * @param url the Hub's base URL, {@code https://huggingface.co} by default
     * @throws IllegalArgumentException when {@code url} is not an http or https URL
     */
    public ClientOptions withHubUrl(String url) {
        Objects.requireNonNull(url, "url");
        String trimmed = url.strip().replaceAll("/+$", "");
        if (!trimmed.startsWith("http://") && !trimmed.startsWith("https://")) {
            throw new IllegalArgumentException("The Hub's URL must start with http:// or https://, not \"" + url + "\"");
        }
        URI.create(trimmed);   // fails early on a malformed URL
        return new ClientOptions(token, username, password, headers, connectTimeout, requestTimeout, trimmed);
    }

    /** The Hugging Face token, or null. */
    public @Nullable String token() {
        return token;
    }

    /** The login's user name, or null without a login. */
    public @Nullable String username() {
        return username;
    }

    /** The extra headers. */
    public Map<String, String> headers() {
        return headers;
    }

    /** Where the Hugging Face Hub is, without a trailing slash. */
    public String hubUrl() {
        return hubUrl;
    }

    /** How long to wait for a connection. */
    public Duration connectTimeout() {
        return connectTimeout;
    }

    /** How long to wait for each answer. */
    public Duration requestTimeout() {
        return requestTimeout;
    }

    @Nullable String password() {
        return password;
    }

    private static Duration positive(Duration timeout, String what) {
        Objects.requireNonNull(timeout, what);
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("The " + what + " must be positive, not " + timeout);
        }
        return timeout;
    }

    /** The options, the password left out. */
    @Override
    public String toString() {
        return "ClientOptions[token=" + (token == null ? "none" : "***") + ", login=" + (username == null ? "none" : username)
                + ", headers=" + headers.keySet() + ", connectTimeout=" + connectTimeout + ", requestTimeout=" + requestTimeout + ", hub=" + hubUrl + "]";
    }
}
