package dev.gradio4j;

import dev.gradio4j.internal.auth.OidcLogin;
import dev.gradio4j.internal.auth.PasswordAuth;
import dev.gradio4j.internal.server.Access;
import dev.gradio4j.internal.server.Origins;
import dev.gradio4j.internal.server.RootPath;
import dev.gradio4j.internal.server.ServerSettings;
import dev.gradio4j.internal.server.Storage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Options for {@code launch()}, as Gradio's {@code launch(...)} arguments. Unset options fall
 * back to Gradio's environment variables, then to Gradio's defaults.
 *
 * {@snippet class="dev.gradio4j.examples.snippets.LaunchSnippets" region="options"}
 */
public final class Launch {
    private String host;
    private Integer port;
    private boolean showError;
    private long maxFileSize = 100L * 1024 * 1024;
    private final List<Path> allowedPaths = new ArrayList<>();
    private final List<Path> blockedPaths = new ArrayList<>();
    private final PageStyle style = new PageStyle();
    private Path uploadDir;
    private Path favicon;
    private Boolean monitoring;
    private Duration heartbeat = Duration.ofSeconds(15);
    private int sessionCapacity = 10_000;
    private int sessionsPerClient = 1_000;
    private Duration sessionIdle = Duration.ofHours(1);
    private boolean quiet;
    private final List<String> allowedOrigins = new ArrayList<>();
    private final List<String> allowedHosts = new ArrayList<>();
    private final List<String> trustedProxies = new ArrayList<>();
    private List<String> frameAncestors;
    private String rootPath;
    private long maxStoredBytes = Storage.DEFAULT.maxStoredBytes();
    private long uploadBytesPerHour = Storage.DEFAULT.uploadBytesPerHour();
    private final java.util.Map<String, String> passwords = new java.util.LinkedHashMap<>();
    private java.util.function.BiPredicate<String, String> authCheck;
    private String authMessage;
    private java.util.function.Function<Request, String> authFromRequest;
    private OpenIdConnect oidc;
    private Duration cleanEvery;
    private Duration cleanAge;

    private Launch() {}

    /** Default options. */
    public static Launch options() {
        return new Launch();
    }

    /**
     * The address to listen on; default {@code GRADIO_SERVER_NAME}, else 127.0.0.1.
     * Use 0.0.0.0 to be reachable from other machines.
     */
    public Launch host(@Nullable String host) {
        this.host = host;
        return this;
    }

    /**
     * The port; default {@code GRADIO_SERVER_PORT}, else 7860, moving to the next free port when
     * the default is taken. An explicit port is used as given; 0 picks any free port.
     */
    public Launch port(int port) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("a port is between 0 and 65535: " + port);
        }
        this.port = port;
        return this;
    }

    /** Sends the messages of unexpected exceptions to clients (off by default: they may leak details). */
    public Launch showError(boolean showError) {
        this.showError = showError;
        return this;
    }

    /** The largest upload accepted, in bytes (100 MB by default); larger ones get 413. */
    public Launch maxFileSize(long bytes) {
        if (bytes < 1) {
            throw new IllegalArgumentException("the upload limit is at least 1 byte: " + bytes);
        }
        this.maxFileSize = bytes;
        return this;
    }

    /** Directories or files the server may serve besides uploads and outputs ({@code GRADIO_ALLOWED_PATHS}). */
    public Launch allowedPaths(Path... paths) {
        allowedPaths.addAll(Arrays.asList(paths));
        return this;
    }

    /** Directories or files never served, even if allowed ({@code GRADIO_BLOCKED_PATHS}). */
    public Launch blockedPaths(Path... paths) {
        blockedPaths.addAll(Arrays.asList(paths));
        return this;
    }

    /**
     * The page's theme, as Gradio's {@code launch(theme=...)}; {@link Theme#defaultTheme()} when
     * neither this nor the app sets one. It wins over the app's own {@code theme(..)}, as every
     * page option here does.
     * {@snippet class="dev.gradio4j.examples.snippets.ThemeSnippets" region="launch"}
     */
    public Launch theme(@Nullable Theme theme) {
        style.theme(theme);
        return this;
    }

    /** Custom CSS for the page; {@code .gradio-container}, element ids and classes work as in Gradio. */
    public Launch css(@Nullable String css) {
        style.css(css);
        return this;
    }

    /**
     * CSS files for the page, read at launch and added after {@link #css}, as Gradio's
     * {@code css_paths}. A missing file fails the launch with an {@code IllegalArgumentException}.
     */
    public Launch cssPaths(Path... paths) {
        style.cssPaths(paths);
        return this;
    }

    /** Custom JavaScript run when the page loads: a function ({@code "() => { ... }"}) or statements. */
    public Launch js(@Nullable String js) {
        style.js(js);
        return this;
    }

    /** A file whose JavaScript is run as {@link #js}, read at launch (a missing one fails it); wins over {@link #js}. */
    public Launch jsPath(@Nullable Path path) {
        style.jsPath(path);
        return this;
    }

    /** Custom HTML for the page's {@code <head>}: meta tags, scripts, stylesheets. */
    public Launch head(@Nullable String head) {
        style.head(head);
        return this;
    }

    /**
     * HTML files for the page's {@code <head>}, read at launch and added after {@link #head}, as
     * Gradio's {@code head_paths}. A missing file fails the launch.
     */
    public Launch headPaths(Path... paths) {
        style.headPaths(paths);
        return this;
    }

    /**
     * The app's icon, as Gradio's {@code favicon_path}: the page shows it, {@code /favicon.ico}
     * serves it (that file and no other) and the web app manifest names it. Without it, the
     * icon is gradio4j's logo.
     *
     * @throws IllegalArgumentException when {@code file} is not a readable file
     */
    public Launch favicon(@Nullable Path file) {
        if (file != null && !(java.nio.file.Files.isRegularFile(file) && java.nio.file.Files.isReadable(file))) {
            throw new IllegalArgumentException("favicon: there is no readable file at " + file.toAbsolutePath()
                    + "; give the path of an image file (.ico, .png or .svg).");
        }
        this.favicon = file == null ? null : file.toAbsolutePath();
        return this;
    }

    /**
     * Gradio's {@code enable_monitoring}. By default {@code /monitoring/summary} answers each
     * endpoint's run counts, success rate and run times, and the dashboard is at a secret
     * {@code /monitoring/<key>} URL that a request to {@code /monitoring} prints to the console;
     * {@code true} also prints it at launch, {@code false} turns monitoring off (403).
     */
    public Launch monitoring(boolean enabled) {
        this.monitoring = enabled;
        return this;
    }

    /** Where uploads and outputs are kept; default {@code GRADIO_TEMP_DIR}, else a gradio4j folder in the system temp directory. */
    public Launch uploadDir(@Nullable Path dir) {
        this.uploadDir = dir;
        return this;
    }

    /**
     * Deletes stored uploads and outputs older than {@code age} every {@code frequency}, as
     * Gradio's {@code delete_cache=(frequency, age)}. Off by default: files stay until the store
     * is full ({@link #maxStoredBytes}).
     */
    public Launch deleteCache(Duration frequency, Duration age) {
        if (frequency.isNegative() || frequency.isZero() || age.isNegative()) {
            throw new IllegalArgumentException("deleteCache takes a positive frequency and an age of zero or more: "
                    + frequency + ", " + age);
        }
        this.cleanEvery = frequency;
        this.cleanAge = age;
        return this;
    }

    /** The most bytes of uploads and outputs kept at once (10 GiB by default); beyond it, uploads get 507. */
    public Launch maxStoredBytes(long bytes) {
        this.maxStoredBytes = bytes;
        return this;
    }

    /** The most bytes one client address may upload in an hour (2 GiB by default); beyond it, 429. */
    public Launch uploadBytesPerHour(long bytes) {
        this.uploadBytesPerHour = bytes;
        return this;
    }

    /** How often idle event streams send a heartbeat (15 s by default). */
    public Launch heartbeat(Duration interval) {
        this.heartbeat = interval;
        return this;
    }

    /** The most sessions kept at once; the least recently used are forgotten first. */
    public Launch sessionCapacity(int capacity) {
        this.sessionCapacity = capacity;
        return this;
    }

    /**
     * The most sessions one client address may hold at once (1,000 by default); beyond it the
     * client's own least recently used idle session goes, so a client that makes sessions as fast
     * as it can never pushes out anyone else's. A client whose sessions are all busy gets 429.
     */
    public Launch sessionsPerClient(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("a client may hold at least one session: " + limit);
        }
        this.sessionsPerClient = limit;
        return this;
    }

    /** How long a session with no open connection and no activity keeps its state (1 hour by default). */
    public Launch sessionIdle(Duration idle) {
        this.sessionIdle = idle;
        return this;
    }

    /**
     * Requires a login: {@code username} with {@code password}, as Gradio's
     * {@code launch(auth=("admin", "pass1234"))}. Call it once per user. The page shows a login
     * form; API clients log in as they do with Gradio ({@code Client(url, auth=(user, password))}
     * in Python, {@code Client.connect(url, {auth: [user, password]})} in JavaScript). Handlers
     * read the user from {@link Request#username()}.
     *
     * {@snippet class="dev.gradio4j.examples.snippets.LaunchSnippets" region="auth"}
     */
    public Launch auth(String username, String password) {
        if (username == null || username.isBlank() || password == null || password.isEmpty()) {
            throw new IllegalArgumentException("auth takes a user name and a password, neither empty");
        }
        if (authCheck != null) {
            throw new IllegalArgumentException("auth is either users with passwords or a function, not both");
        }
        passwords.put(username, password);
        return this;
    }

    /**
     * Requires a login that {@code check} accepts: it gets the user name and the password, and
     * answers whether they may log in (Gradio's {@code auth=callable}).
     */
    public Launch auth(java.util.function.BiPredicate<String, String> check) {
        if (!passwords.isEmpty()) {
            throw new IllegalArgumentException("auth is either users with passwords or a function, not both");
        }
        this.authCheck = java.util.Objects.requireNonNull(check, "check");
        return this;
    }

    /**
     * Tells who is calling from the request itself, for an app behind an authenticating proxy
     * (oauth2-proxy, an ingress, Spring Security), as Gradio's {@code auth_dependency}: the
     * function answers the user's name, or null to refuse the request (401). It replaces the
     * login form. A header such as {@code X-Forwarded-User} can be sent by anyone who reaches
     * the app: list the proxy in {@link #trustedProxies}, and only requests from it reach the
     * function.
     *
     * {@snippet class="dev.gradio4j.examples.snippets.LaunchSnippets" region="authFromRequest"}
     */
    public Launch authFromRequest(java.util.function.Function<Request, @Nullable String> user) {
        this.authFromRequest = java.util.Objects.requireNonNull(user, "user");
        return this;
    }

    /**
     * Requires a login through single sign-on with an OpenID Connect provider: the page offers
     * "Log in with ..." (see {@link OpenIdConnect}). It may be combined with {@link #auth(String, String)}
     * passwords, which the page then offers too.
     */
    public Launch login(OpenIdConnect provider) {
        this.oidc = java.util.Objects.requireNonNull(provider, "provider");
        return this;
    }

    /** A message shown on the login page (Gradio's {@code auth_message}). */
    public Launch authMessage(@Nullable String message) {
        this.authMessage = message;
        return this;
    }

    /**
     * Pages on these origins may call the app from a browser, besides the app's own page: a site
     * that embeds it, or a front end served elsewhere ({@code "https://intranet.example.com"},
     * {@code "http://localhost:5173"}). By default no other origin may: the browser reads none of
     * the app's answers there, and the server refuses what would change anything (posts,
     * uploads). {@code "*"} lets any page use the app with its visitors' cookies: only for apps
     * meant to be public.
     *
     * @throws IllegalArgumentException for a value that is not {@code scheme://host[:port]} or {@code *}
     */
    public Launch allowedOrigins(String... origins) {
        for (String origin : origins) {
            allowedOrigins.add(Origins.normalise(origin));
        }
        return this;
    }

    /**
     * Host names a loopback-bound app answers to besides {@code localhost}, {@code 127.0.0.1} and
     * {@code [::1]} (a name in {@code /etc/hosts}, say). An app listening on 127.0.0.1 refuses
     * other {@code Host} headers, so that a site cannot reach it by pointing its own name at
     * 127.0.0.1 (DNS rebinding). An app listening on other addresses answers to any name.
     */
    public Launch allowedHosts(String... hosts) {
        for (String name : hosts) {
            allowedHosts.add(name);
        }
        return this;
    }

    /**
     * Which pages may show the app in a frame: the origins given (and the app's own), or, with
     * none, no page at all. By default any page may, as with Gradio (so that the app can be
     * embedded); a page that frames it could trick a user into clicking in it.
     *
     * @throws IllegalArgumentException for a value that is not {@code scheme://host[:port]}
     */
    public Launch frameAncestors(String... origins) {
        List<String> ancestors = new ArrayList<>();
        for (String origin : origins) {
            String normalised = Origins.normalise(origin);
            if (normalised.equals("*")) {
                throw new IllegalArgumentException("leave frameAncestors unset to let any page frame the app");
            }
            ancestors.add(normalised);
        }
        this.frameAncestors = ancestors;
        return this;
    }

    /**
     * Addresses of the reverse proxies in front of the app: only their {@code X-Forwarded-Host},
     * {@code X-Forwarded-Proto} and {@code X-Forwarded-Prefix} headers are believed, to tell the
     * app's public URL. From any other client those headers are ignored.
     */
    public Launch trustedProxies(String... addresses) {
        trustedProxies.addAll(Arrays.asList(addresses));
        return this;
    }

    /**
     * Where users reach the app when a reverse proxy serves it under a path of its own, as
     * Gradio's {@code root_path}: a path ({@code "/demo"}) or a whole URL
     * ({@code "https://example.com/demo"}). Every URL the app gives out (the config's root, file
     * URLs, redirects, the login cookie's path) starts with it; requests are answered with or
     * without the prefix, so a proxy may strip it or pass it on. A {@link #trustedProxies trusted
     * proxy} can instead send it per request as {@code X-Forwarded-Prefix}.
     *
     * @throws IllegalArgumentException when it is neither a path nor an http(s) URL
     */
    public Launch rootPath(@Nullable String rootPath) {
        RootPath.parse(rootPath);
        this.rootPath = rootPath;
        return this;
    }

    /** Prints nothing at start-up. */
    public Launch quiet(boolean quiet) {
        this.quiet = quiet;
        return this;
    }

    /** The resolved settings, for an app without page options of its own. */
    ServerSettings settings() {
        return settings(new PageStyle());
    }

    /** The resolved settings, these page options over the app's own ({@code appStyle}). */
    ServerSettings settings(PageStyle appStyle) {
        String env = System.getenv("GRADIO_SERVER_PORT");
        boolean exact = port != null;
        int resolvedPort = port != null ? port : env != null && !env.isBlank() ? parsePort(env) : 7860;
        String resolvedHost = host != null ? host : envOr("GRADIO_SERVER_NAME", "127.0.0.1");
        Path dir = uploadDir != null ? uploadDir
                : Path.of(envOr("GRADIO_TEMP_DIR", Path.of(System.getProperty("java.io.tmpdir"), "gradio4j").toString()));
        return new ServerSettings(resolvedHost, resolvedPort, exact, showError, maxFileSize,
                withEnvPaths(allowedPaths, "GRADIO_ALLOWED_PATHS"), withEnvPaths(blockedPaths, "GRADIO_BLOCKED_PATHS"),
                style.resolve(appStyle), dir, heartbeat, sessionCapacity, Math.min(sessionCapacity, sessionsPerClient), sessionIdle, quiet,
                new Access(allowedOrigins, allowedHosts, trustedProxies, frameAncestors, rootPath),
                new Storage(maxStoredBytes, uploadBytesPerHour, cleanEvery, cleanAge),
                authCheck != null ? PasswordAuth.of(authCheck, authMessage)
                        : passwords.isEmpty() ? null : PasswordAuth.of(passwords, authMessage),
                authFromRequest,
                oidc == null ? null : new OidcLogin.Settings(oidc.issuerUri(), oidc.clientId(), oidc.clientSecret(),
                        oidc.scopeList(), oidc.userClaimList(), oidc.displayName()),
                favicon, monitoring);
    }

    private static int parsePort(String value) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("GRADIO_SERVER_PORT is not a port number: " + value);
        }
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static List<Path> withEnvPaths(List<Path> paths, String variable) {
        List<Path> all = new ArrayList<>(paths);
        String env = System.getenv(variable);
        if (env != null) {
            Arrays.stream(env.split(",")).map(String::trim).filter(s -> !s.isEmpty()).map(Path::of).forEach(all::add);
        }
        return List.copyOf(all);
    }
}
