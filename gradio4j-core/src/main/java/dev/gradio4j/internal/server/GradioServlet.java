package dev.gradio4j.internal.server;

import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.http.HttpException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every route of the Gradio protocol, in one table ({@link #routes}), dispatched to its route
 * group. Mapped at {@code /*}. Before a route runs: the origin rules ({@link Origins}), then the
 * login, unless the route is open ({@link AuthRoutes#require}).
 *
 * <p>Threading: each request runs on its own (virtual) thread. Event streams block their
 * thread while they wait for messages, which costs little on virtual threads. Handlers never
 * run on request threads, except for {@code /run}.
 */
final class GradioServlet extends HttpServlet {
    private static final Logger LOG = LoggerFactory.getLogger(GradioServlet.class);
    private static final String API = "/gradio_api";
    private final transient AppRoutes app;
    private final transient QueueRoutes queue;
    private final transient CallRoutes calls;
    private final transient FileRoutes files;
    private final transient ProxyRoutes proxy;
    private final transient DevRoutes dev;
    private final transient MonitoringRoutes monitoring;
    private final transient Origins origins;
    private final transient AuthRoutes auth;
    private final transient List<Route> routes;
    /** What ends with the servlet: nothing when our Jetty owns the app, the app itself when mounted. */
    private final transient Runnable onDestroy;

    GradioServlet(AppRuntime runtime) {
        this(runtime, () -> {});
    }

    GradioServlet(AppRuntime runtime, Runnable onDestroy) {
        this.onDestroy = onDestroy;
        this.origins = runtime.origins;
        this.auth = new AuthRoutes(runtime);
        this.app = new AppRoutes(runtime);
        this.queue = new QueueRoutes(runtime);
        this.dev = new DevRoutes(runtime);
        this.calls = new CallRoutes(runtime);
        this.files = new FileRoutes(runtime);
        this.monitoring = new MonitoringRoutes(runtime);
        this.proxy = new ProxyRoutes(runtime);
        this.routes = routes();
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String corsOrigin = null;
        try {
            corsOrigin = origins.admit(request);
            cors(corsOrigin, request, response);
            route(request, response);
        } catch (HttpError e) {
            if (!response.isCommitted()) {
                response.reset();
                cors(corsOrigin, request, response);
                if (e.retryAfter > 0) {
                    response.setHeader("Retry-After", Long.toString(e.retryAfter));
                }
                if (e.status == 413 || e.status == 408) {
                    // The body was left unread, so Jetty drops the connection after answering;
                    // saying so keeps clients from sending their next request down a dead one.
                    response.setHeader("Connection", "close");
                }
                if (e instanceof AuthRoutes.NotAuthenticated missing) {
                    Map<String, Object> detail = new java.util.LinkedHashMap<>();
                    detail.put("error", "Not authenticated");
                    detail.put("auth_message", missing.authMessage);
                    Http.json(response, 401, Map.of("detail", detail));
                } else {
                    Http.error(response, e.status, e.getMessage());
                }
            }
        } catch (RuntimeException e) {
            if (e instanceof HttpException bad && bad.getCode() < 500) {
                // Jetty reads parameters lazily: a query string that is not percent-encoded
                // UTF-8 fails where a route first asks for one.
                if (!response.isCommitted()) {
                    response.reset();
                    Http.error(response, 400, "The query string could not be read (" + bad.getReason()
                            + "): send percent-encoded UTF-8.");
                }
                return;
            }
            LOG.error("{} {} failed", request.getMethod(), request.getRequestURI(), e);
            if (!response.isCommitted()) {
                response.reset();
                Http.error(response, 500, "Internal error: " + e.getClass().getSimpleName());
            }
        }
    }

    /** How uploads are received: into the upload folder, at most the largest file allowed. */
    static MultipartConfigElement multipartConfig(ServerSettings settings) {
        long max = settings.maxFileSize();
        return new MultipartConfigElement(settings.uploadDir().toString(), max, 2 * max + 1024 * 1024, 1024 * 1024);
    }

    @Override
    public void destroy() {
        onDestroy.run();
    }

    /** Every route, in the order they are matched. */
    private List<Route> routes() {
        return List.of(
                Route.get("/", (request, response, rest) -> app.page(request, response, auth.pageNeedsLogin(request)))
                        .withoutLogin(),
                Route.getPrefix("/assets/", "/assets/index.js", (request, response, name) -> app.asset(name, request, response)).withoutLogin(),
                Route.post("/login", (request, response, rest) -> auth.login(request, response)).withoutLogin(),
                Route.get("/logout", (request, response, rest) -> auth.logout(request, response)).withoutLogin(),
                Route.get("/login/oidc", (request, response, rest) -> auth.startSingleSignOn(request, response)).withoutLogin(),
                Route.get("/login/callback", (request, response, rest) -> auth.finishSingleSignOn(request, response)).withoutLogin(),
                Route.get("/login_check", (request, response, rest) -> auth.check(request, response)).withoutLogin(),
                Route.get(API + "/login_check", (request, response, rest) -> auth.check(request, response)).withoutLogin(),
                Route.get(API + "/user", (request, response, rest) -> auth.user(request, response)).withoutLogin(),
                Route.get("/config", (request, response, rest) -> app.config(request, response)),
                Route.get(API + "/config", (request, response, rest) -> app.config(request, response)),
                Route.getPrefix(API + "/file=", API + "/file=/tmp/x.txt", (request, response, path) -> download(path, request, response)),
                Route.get("/favicon.ico", (request, response, rest) -> app.favicon(request, response)).withoutLogin(),
                Route.get("/manifest.json", (request, response, rest) -> app.manifest(response)).withoutLogin(),
                Route.getPrefix(API + "/proxy=", API + "/proxy=http:/127.0.0.1:7861/gradio_api/file=/tmp/x.txt",
                        (request, response, url) -> proxy.proxy(url, "HEAD".equals(request.getMethod()), response)),
                // Open, as in Gradio: the login page is drawn with the theme too.
                Route.get("/theme.css", (request, response, rest) -> app.themeCss(request, response)).withoutLogin(),
                Route.get(API + "/theme.css", (request, response, rest) -> app.themeCss(request, response)).withoutLogin(),
                // The fonts the theme's CSS names, open for the same reason; nothing else under /static is served.
                Route.getPrefix("/static/fonts/", "/static/fonts/Montserrat/Montserrat-Regular.woff2",
                        (request, response, path) -> app.font(path, request, response)).withoutLogin(),
                Route.get("/robots.txt", (request, response, rest) -> Http.text(response, 200, "User-agent: *\nDisallow: ")).withoutLogin(),
                // Gradio's launch() asks this once to run the app's startup events, and every later
                // call answers false; a gradio4j app has none to run, so it answers as a launched app.
                // Open, as Gradio's: its launch asks before anyone logs in.
                Route.get(API + "/startup-events", (request, response, rest) -> Http.json(response, 200, false)).withoutLogin(),
                Route.get("/monitoring", (request, response, rest) -> monitoring.announce(request, response)),
                Route.get("/monitoring/summary", (request, response, rest) -> monitoring.summary(response)),
                // The key is the dashboard's protection, as Gradio's: no login needed.
                Route.getPrefix("/monitoring/", "/monitoring/some-key", (request, response, key) -> monitoring.dashboard(only(key), response))
                        .withoutLogin(),
                Route.get(API + "/info", (request, response, rest) -> app.info(request, response)),
                Route.get(API + "/openapi.json", (request, response, rest) -> app.openApi(request, response)),
                Route.get(API + "/app_id", (request, response, rest) -> app.appId(response)),
                Route.post(API + "/queue/join", (request, response, rest) -> queue.join(request, response)),
                Route.get(API + "/queue/data", (request, response, rest) -> queue.data(request, response)),
                Route.get(API + "/queue/status", (request, response, rest) -> queue.status(response)),
                Route.post(API + "/cancel", (request, response, rest) -> queue.cancel(request, response)),
                Route.post(API + "/reset", (request, response, rest) -> Http.json(response, 200, Map.of("success", true))),
                Route.get(API + "/dev/reload", (request, response, rest) -> dev.reload(response)),
                Route.getPrefix(API + "/heartbeat/", API + "/heartbeat/session-hash", (request, response, hash) ->
                        queue.heartbeat(Submissions.sessionHash(only(hash)), request, response)),
                Route.post(API + "/upload", (request, response, rest) -> files.upload(request, response)),
                Route.get(API + "/upload_progress", (request, response, rest) -> files.progress(request, response)),
                Route.postPrefix(API + "/run/", API + "/run/echo", (request, response, name) -> calls.run(only(name), request, response)),
                Route.postPrefix(API + "/api/", API + "/api/echo", (request, response, name) -> calls.run(only(name), request, response)),
                Route.postPrefix(API + "/call/v2/", API + "/call/v2/echo", (request, response, name) ->
                        calls.start(only(name), true, request, response)),
                Route.getPrefix(API + "/call/v2/", API + "/call/v2/echo/event", (request, response, rest) ->
                        calls.results(second(rest), response)),
                Route.postPrefix(API + "/call/", API + "/call/echo", (request, response, name) ->
                        calls.start(only(name), false, request, response)),
                Route.getPrefix(API + "/call/", API + "/call/echo/event", (request, response, rest) ->
                        calls.results(second(rest), response)));
    }

    /** The routes, for the tests that go over every one. */
    private void download(String path, HttpServletRequest request, HttpServletResponse response) throws IOException {
        files.download(URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8), "HEAD".equals(request.getMethod()),
                request, response);
    }

    /** The monitoring dashboard's secret URL under {@code root}. */
    String monitoringUrl(String root) {
        return monitoring.dashboardUrl(root);
    }

    List<Route> table() {
        return routes;
    }

    private void route(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String method = request.getMethod();
        if ("OPTIONS".equals(method)) {
            response.setStatus(200);
            return;
        }
        String path = origins.withoutRootPath(pathInApp(request));
        if (path.isEmpty()) {
            // The app's own root without its slash: the page's relative URLs need the slash.
            String query = request.getQueryString();
            response.sendRedirect(origins.rootUrl(request) + "/" + (query == null ? "" : "?" + query));
            return;
        }
        if (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        boolean known = false;
        for (Route route : routes) {
            String rest = route.match(method, path);
            if (rest == null) {
                known |= route.match("GET", path) != null || route.match("POST", path) != null;
                continue;
            }
            if (!route.open()) {
                auth.require(request);
            }
            route.handler().handle(request, response, rest);
            return;
        }
        throw known ? new HttpError(405, "Method " + method + " is not allowed here.")
                : new HttpError(404, "Not Found: this app has no route " + path + "; its root is " + origins.rootUrl(request) + "/");
    }

    /**
     * The request's path below where the container mounted the app, still percent-encoded (file
     * routes decode it themselves): {@code /config} for {@code /demo/config} under {@code /demo}.
     */
    private static String pathInApp(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String mount = Origins.mountPath(request);
        if (uri.startsWith(mount)) {
            return uri.substring(mount.length());
        }
        // A mount path with characters the container decoded: fall back to the decoded rest.
        String info = request.getPathInfo();
        return info == null ? "" : info;
    }

    /** The one path segment of a prefix route's rest, decoded. */
    private static String only(String rest) {
        if (rest.isEmpty() || rest.contains("/")) {
            throw new HttpError(404, "Not Found");
        }
        return URLDecoder.decode(rest, StandardCharsets.UTF_8);
    }

    /** The second of exactly two segments (an api name, then an event id), decoded. */
    private static String second(String rest) {
        String[] parts = rest.split("/", -1);
        if (parts.length != 2 || parts[0].isEmpty() || parts[1].isEmpty()) {
            throw new HttpError(404, "Not Found");
        }
        return URLDecoder.decode(parts[1], StandardCharsets.UTF_8);
    }

    /** Grants the origin {@link Origins} admitted (if any) CORS permission, credentials included. */
    private static void cors(String origin, HttpServletRequest request, HttpServletResponse response) {
        if (origin == null) {
            return;
        }
        response.setHeader("Access-Control-Allow-Origin", origin);
        response.setHeader("Access-Control-Allow-Credentials", "true");
        response.setHeader("Vary", "Origin");
        if ("OPTIONS".equals(request.getMethod())) {
            response.setHeader("Access-Control-Allow-Methods", "DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT");
            response.setHeader("Access-Control-Max-Age", "600");
            String headers = request.getHeader("Access-Control-Request-Headers");
            if (headers != null) {
                response.setHeader("Access-Control-Allow-Headers", headers);
            }
        }
    }
}
