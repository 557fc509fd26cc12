package dev.gradio4j.client;

import dev.gradio4j.client.GradioClientException.Kind;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A connection to one Gradio app, Python or Java (gradio4j), as Gradio's official clients make
 * it: {@link #connect} reads the app's config and API, then {@link #predict} calls an endpoint
 * and waits, {@link #submit} starts a {@link Job} that reports as it goes.
 *
 * {@snippet class="dev.gradio4j.examples.snippets.ClientSnippets" region="connect"}
 *
 * <p>The address is a URL or a Hugging Face Space's name ({@code "owner/name"}). Gradio 6 and 5
 * serve their API under {@code /gradio_api}, Gradio 4 at the root: the client finds it in the
 * app's {@code /config}, with the app's queue protocol ({@code sse_v1} to {@code sse_v3}).
 *
 * <p>A client is one session of the app: values a {@code gr.State} keeps stay from one call to
 * the next, and another client starts afresh. Calls may come from several threads at once.
 * Close the client to end its connections; files it returned can be read until then.
 */
public final class Client implements AutoCloseable {
    private final Transport transport;
    private final AppConfig config;
    private final String api;
    private final String sessionHash = UUID.randomUUID().toString().replace("-", "");
    private final Map<String, Endpoint> described;
    private final ApiInfo apiInfo;
    private final Map<String, @Nullable Object> rawConfig;
    private final EventStream events;
    private final @Nullable Heartbeat heartbeat;

    private Client(Transport transport, AppConfig config, Map<String, Endpoint> described, ApiInfo apiInfo,
                   Map<String, @Nullable Object> rawConfig) {
        this.transport = transport;
        this.rawConfig = rawConfig;
        this.config = config;
        this.api = transport.appUrl() + config.apiPrefix();
        this.described = described;
        this.apiInfo = apiInfo;
        this.events = new EventStream(transport, api + "/queue/data?session_hash=" + sessionHash);
        this.heartbeat = config.connectHeartbeat() ? Heartbeat.start(transport, api + "/heartbeat/" + sessionHash) : null;
    }

    /** Connects with the {@linkplain ClientOptions#defaults() default options}. */
    public static Client connect(String urlOrSpace) {
        return connect(urlOrSpace, ClientOptions.defaults());
    }

    /**
     * Connects to the app: logs in if the options say so, reads its config and its API.
     *
     * @param urlOrSpace the app's URL ({@code "http://127.0.0.1:7860"}) or a Hugging Face Space's
     *     name ({@code "owner/name"})
     * @throws GradioClientException when the app cannot be reached ({@link Kind#APP_DOWN}), wants
     *     or refuses a login ({@link Kind#LOGIN_REFUSED}), or is not a Gradio app this client
     *     can call ({@link Kind#API_CHANGED})
     * @throws IllegalArgumentException when {@code urlOrSpace} is neither a URL nor a Space's name
     */
    public static Client connect(String urlOrSpace, ClientOptions options) {
        Objects.requireNonNull(options, "options");
        String url = AppAddress.resolve(urlOrSpace, options);
        var transport = new Transport(url, options);
        try {
            if (options.username() != null) {
                logIn(transport, options.username(), Objects.requireNonNull(options.password()));
            }
            Transport.Answer answer = transport.get(url + "/config");
            if (answer.status() == 401 || answer.status() == 403) {
                throw new GradioClientException(Kind.LOGIN_REFUSED, url + " needs a login: connect with"
                        + " ClientOptions.defaults().withLogin(user, password)" + (AppAddress.isSpaceName(urlOrSpace)
                        ? ", or a token for a private Space (withToken)" : "") + ".");
            }
            if (answer.status() == 404) {
                throw new GradioClientException(Kind.API_CHANGED, url + " has no /config: it is not a Gradio app (or one older"
                        + " than Gradio 4); check the URL.");
            }
            AppConfig config = AppConfig.parse(url, answer.object());
            ApiDescriptions described = ApiDescriptions.read(transport, url + config.apiPrefix(), config);
            return new Client(transport, config, described.byName(), new ApiInfo(url, config.version(), described.listed()),
                    Values.frozen(answer.object()));
        } catch (RuntimeException e) {
            transport.close();
            throw e;
        }
    }

    private static void logIn(Transport transport, String username, String password) {
        Transport.Answer answer = transport.postForm(transport.appUrl() + "/login", Map.of("username", username, "password", password));
        if (answer.ok()) {
            return;
        }
        String why = switch (answer.status()) {
            case 400, 401 -> "wrong user name or password";
            case 404 -> "the app has no login; connect without withLogin";
            case 429 -> "too many failed logins; wait a minute";
            default -> "it answered " + answer.status();
        };
        throw new GradioClientException(Kind.LOGIN_REFUSED, transport.appUrl() + " refused the login of \"" + username + "\": " + why + ".");
    }

    /**
     * The app's {@code /config} as read at connect: its components with their props, its layout
     * and its event handlers ({@code dependencies}), in Gradio's names, as JSON values (maps,
     * lists, strings, numbers, booleans, null), unmodifiable. Gradio's Python client keeps the
     * same as {@code client.config}; {@code Gr.load} rebuilds the app from it.
     */
    public Map<String, @Nullable Object> config() {
        return rawConfig;
    }

    /** The app's API: its endpoints with their parameters and returns. */
    public ApiInfo viewApi() {
        return apiInfo;
    }

    /**
     * Calls an endpoint with its arguments by position and waits for its result. Missing trailing
     * arguments take their defaults. A {@link FileInput} or {@link java.nio.file.Path} argument is
     * uploaded first; a {@link RemoteFile} is passed back as the app's file. To pass one
     * {@code Map} by position, cast it to {@code Object}, or the named form is chosen.
     *
     * @param endpoint the endpoint's name, {@code "/greet"} (the slash may be left out)
     * @throws GradioClientException of kind {@link Kind#UNKNOWN_ENDPOINT}, {@link Kind#VALIDATION}
     *     (checked here against the app's description, or by the app), {@link Kind#APP_ERROR}, or
     *     any other {@link Job#result()} throws
     */
    public Result predict(String endpoint, @Nullable Object... args) {
        return submit(endpoint, args).result();
    }

    /** Calls an endpoint with its arguments by parameter name (the others take their defaults) and waits for its result. */
    public Result predict(String endpoint, Map<String, ? extends @Nullable Object> args) {
        return submit(endpoint, args).result();
    }

    /**
     * Calls the event handler whose index in the app's config is {@code fnIndex} (its
     * {@code fn_index}), arguments by position, and waits for its result: the way to call one
     * without an API name, or one left out of the API's docs, as the official clients allow.
     * The index is the dependency's {@code id} in {@link #config()} (its position in
     * {@code dependencies} in older apps).
     *
     * {@snippet class="dev.gradio4j.examples.snippets.ClientSnippets" region="fn-index"}
     *
     * @throws GradioClientException of kind {@link Kind#UNKNOWN_ENDPOINT} when the app has no
     *     such handler, or keeps it from API clients ({@code api_visibility="private"},
     *     {@code api_name=False}, a {@code js}-only event); else as {@link #predict(String, Object...)}
     */
    public Result predict(int fnIndex, @Nullable Object... args) {
        return submit(fnIndex, args).result();
    }

    /** Calls the event handler {@code fnIndex}, arguments by parameter name, and waits for its result. */
    public Result predict(int fnIndex, Map<String, ? extends @Nullable Object> args) {
        return submit(fnIndex, args).result();
    }

    /**
     * Starts a call of an endpoint, arguments by position, and answers its {@link Job} at once;
     * the arguments are checked before it starts ({@link Kind#UNKNOWN_ENDPOINT} and
     * {@link Kind#VALIDATION} are thrown here), everything later ends the job.
     */
    public Job submit(String endpoint, @Nullable Object... args) {
        return submitPositional(dependency(endpoint), args);
    }

    /** Starts a call of an endpoint, arguments by parameter name, and answers its {@link Job} at once. */
    public Job submit(String endpoint, Map<String, ? extends @Nullable Object> args) {
        AppConfig.Dependency dependency = dependency(endpoint);
        return start(dependency, Arguments.named(dependency, description(dependency), args));
    }

    /** Starts a call of the event handler {@code fnIndex} ({@link #predict(int, Object...)}), arguments by position. */
    public Job submit(int fnIndex, @Nullable Object... args) {
        return submitPositional(dependency(fnIndex), args);
    }

    /** Starts a call of the event handler {@code fnIndex}, arguments by parameter name. */
    public Job submit(int fnIndex, Map<String, ? extends @Nullable Object> args) {
        AppConfig.Dependency dependency = dependency(fnIndex);
        return start(dependency, Arguments.named(dependency, description(dependency), args));
    }

    private Job submitPositional(AppConfig.Dependency dependency, @Nullable Object @Nullable [] args) {
        return start(dependency, Arguments.positional(dependency, description(dependency), args == null ? new Object[] {null} : args));
    }

    private @Nullable Endpoint description(AppConfig.Dependency dependency) {
        return dependency.apiName() == null ? null : described.get("/" + dependency.apiName());
    }

    private AppConfig.Dependency dependency(String endpoint) {
        AppConfig.Dependency dependency = config.dependency(endpoint);
        if (dependency == null) {
            String known = config.callable().filter(d -> d.apiName() != null).map(AppConfig.Dependency::label)
                    .collect(Collectors.joining(", "));
            throw new GradioClientException(Kind.UNKNOWN_ENDPOINT, transport.appUrl() + " has no endpoint " + (endpoint.startsWith("/") ? endpoint : "/" + endpoint)
                    + " that API clients may call" + (known.isEmpty() ? "; it has none." : "; its endpoints: " + known
                    + " (Client.viewApi() describes them)."));
        }
        return dependency;
    }

    private AppConfig.Dependency dependency(int fnIndex) {
        AppConfig.Dependency dependency = config.dependency(fnIndex);
        if (dependency == null) {
            String known = config.callable().map(d -> "fn_index " + d.fnIndex() + (d.apiName() != null ? " (/" + d.apiName() + ")" : ""))
                    .collect(Collectors.joining(", "));
            throw new GradioClientException(Kind.UNKNOWN_ENDPOINT, transport.appUrl() + " has no endpoint with fn_index " + fnIndex
                    + (known.isEmpty() ? "; it has none." : "; the ones it lets API clients call: " + known + "."));
        }
        return switch (dependency.access()) {
            case OPEN -> dependency;
            case PRIVATE -> throw new GradioClientException(Kind.UNKNOWN_ENDPOINT, "fn_index " + fnIndex + " of " + transport.appUrl()
                    + " is private (api_visibility=\"private\", or api_name=False in Gradio 4): the app lets only its own page call it.");
            case BROWSER_ONLY -> throw new GradioClientException(Kind.UNKNOWN_ENDPOINT, "fn_index " + fnIndex + " of " + transport.appUrl()
                    + " runs only in the browser (a js event without a function): there is nothing on the server to call.");
        };
    }

    private Job start(AppConfig.Dependency dependency, List<@Nullable Object> data) {
        Job job = new Job(dependency.label(), config, dependency, this::open, this::cancel);
        Thread.ofVirtual().name("gradio-client-join").start(() -> {
            try {
                join(job, dependency, data);
            } catch (GradioClientException e) {
                job.fail(e);
            } catch (IllegalArgumentException | UncheckedIOException e) {   // a file argument that cannot be read
                job.fail(new GradioClientException(Kind.VALIDATION, "Calling " + dependency.label() + ": " + e.getMessage(), e));
            } catch (RuntimeException e) {
                job.fail(new GradioClientException(Kind.API_CHANGED, "Calling " + dependency.label() + " failed: " + e, e));
            }
        });
        return job;
    }

    private void join(Job job, AppConfig.Dependency dependency, List<@Nullable Object> data) {
        List<@Nullable Object> encoded = new ArrayList<>();
        data.forEach(value -> encoded.add(Values.encode(value, this::upload)));
        Map<String, @Nullable Object> body = new LinkedHashMap<>();
        body.put("data", encoded);
        body.put("fn_index", dependency.fnIndex());
        body.put("session_hash", sessionHash);
        body.put("event_data", null);
        body.put("trigger_id", null);
        events.joining();
        String eventId;
        try {
            Transport.Answer answer = transport.postJson(api + "/queue/join", body);
            if (answer.status() == 404) {
                throw new GradioClientException(Kind.API_CHANGED, transport.appUrl() + " no longer has " + dependency.label()
                        + " as it was at connect (404): its API changed; connect again.");
            }
            if (!(answer.object().get("event_id") instanceof String id)) {
                throw new GradioClientException(Kind.API_CHANGED, api + "/queue/join gave no event id: " + Values.display(answer.body()));
            }
            eventId = id;
        } catch (RuntimeException e) {
            events.noEvent();
            throw e;
        }
        if (job.joined(eventId)) {
            events.listen(eventId, job.listener());
        } else {
            events.noEvent();
        }
    }

    /** Uploads a file, answers its {@code FileData} for the call. */
    private Map<String, Object> upload(FileInput file) {
        List<?> paths = transport.postFile(api + "/upload", "files", file).list();
        if (paths.isEmpty() || !(paths.getFirst() instanceof String path)) {
            throw new GradioClientException(Kind.API_CHANGED, "Uploading " + file.name() + " gave no server path: " + paths);
        }
        return Map.of("path", path, "orig_name", file.name(), "meta", Map.of("_type", "gradio.FileData"));
    }

    /** A returned file's content: a URL as is, a server path through the app's file route. */
    private InputStream open(RemoteFile file) {
        String path = file.path();
        String url = path.startsWith("http://") || path.startsWith("https://") ? path
                : api + "/file=" + URLEncoder.encode(path, StandardCharsets.UTF_8).replace("+", "%20").replace("%2F", "/");
        return transport.open(url, null);
    }

    private void cancel(int fnIndex, String eventId) {
        Map<String, Object> body = Map.of("session_hash", sessionHash, "fn_index", fnIndex, "event_id", eventId);
        try {
            transport.postJson(api + "/cancel", body);
        } catch (GradioClientException unreachable) {
            // the job is given up on either way; an app that is gone runs nothing
        }
        events.forget(eventId);
    }

    /** Ends the client's connections; jobs still running end as cancelled (the app may finish them). */
    @Override
    public void close() {
        if (heartbeat != null) {
            heartbeat.stop();
        }
        events.close();
        transport.close();
    }

    @Override
    public String toString() {
        return "Client[" + transport.appUrl() + ", Gradio " + config.version() + "]";
    }
}
