package dev.gradio4j.internal.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.BadMessageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every route of the Gradio protocol, dispatched by path to its route group. Mapped at
 * {@code /*}.
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
    private final transient DevRoutes dev;
    private final transient Origins origins;

    GradioServlet(AppRuntime runtime) {
        this.origins = runtime.origins;
        this.app = new AppRoutes(runtime);
        this.queue = new QueueRoutes(runtime);
        this.dev = new DevRoutes(runtime);
        this.calls = new CallRoutes(runtime);
        this.files = new FileRoutes(runtime);
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
                if (e.status == 429) {
                    response.setHeader("Retry-After", "5");
                }
                if (e.status == 413 || e.status == 408) {
                    // The body was left unread, so Jetty drops the connection after answering;
                    // saying so keeps clients from sending their next request down a dead one.
                    response.setHeader("Connection", "close");
                }
                Http.error(response, e.status, e.getMessage());
            }
        } catch (BadMessageException e) {
            // Jetty reads parameters lazily: a query string that is not percent-encoded UTF-8
            // fails where a route first asks for one.
            if (!response.isCommitted()) {
                response.reset();
                Http.error(response, 400, "The query string could not be read (" + e.getReason()
                        + "): send percent-encoded UTF-8.");
            }
        } catch (RuntimeException e) {
            LOG.error("{} {} failed", request.getMethod(), request.getRequestURI(), e);
            if (!response.isCommitted()) {
                response.reset();
                Http.error(response, 500, "Internal error: " + e.getClass().getSimpleName());
            }
        }
    }

    private void route(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String method = request.getMethod();
        String path = request.getRequestURI();
        if ("OPTIONS".equals(method)) {
            response.setStatus(200);
            return;
        }
        boolean get = "GET".equals(method) || "HEAD".equals(method);
        boolean post = "POST".equals(method);
        if (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        if (get && (path.equals("/") || path.isEmpty())) {
            app.page(request, response);
        } else if (get && path.equals("/config")) {
            app.config(request, response);
        } else if (get && path.startsWith("/assets/")) {
            app.asset(path.substring("/assets/".length()), request, response);
        } else if (!path.startsWith(API + "/")) {
            throw new HttpError(404, "Not Found");
        } else {
            api(method, get, post, path.substring(API.length()), request, response);
        }
    }

    private void api(String method, boolean get, boolean post, String path, HttpServletRequest request,
                     HttpServletResponse response) throws IOException {
        if (get && path.startsWith("/file=")) {
            files.download(URLDecoder.decode(path.substring("/file=".length()).replace("+", "%2B"), StandardCharsets.UTF_8),
                    "HEAD".equals(method), response);
        } else if (get && path.equals("/info")) {
            app.info(request, response);
        } else if (get && path.equals("/config")) {
            app.config(request, response);
        } else if (get && path.equals("/app_id")) {
            app.appId(response);
        } else if (post && path.equals("/queue/join")) {
            queue.join(request, response);
        } else if (get && path.equals("/queue/data")) {
            queue.data(request, response);
        } else if (get && path.equals("/queue/status")) {
            queue.status(response);
        } else if (post && path.equals("/cancel")) {
            queue.cancel(request, response);
        } else if (post && path.equals("/reset")) {
            Http.json(response, 200, java.util.Map.of("success", true));
        } else if (get && path.equals("/dev/reload")) {
            dev.reload(response);
        } else if (get && path.startsWith("/heartbeat/")) {
            queue.heartbeat(Submissions.sessionHash(segment(path, 2)), request, response);
        } else if (post && path.equals("/upload")) {
            files.upload(request, response);
        } else if (post && (path.startsWith("/run/") || path.startsWith("/api/"))) {
            calls.run(segment(path, 2), request, response);
        } else if (post && path.startsWith("/call/v2/")) {
            calls.start(segment(path, 3), true, request, response);
        } else if (get && path.startsWith("/call/v2/") && segments(path) == 4) {
            calls.results(segment(path, 4), response);
        } else if (post && path.startsWith("/call/") && segments(path) == 2) {
            calls.start(segment(path, 2), false, request, response);
        } else if (get && path.startsWith("/call/") && segments(path) == 3) {
            calls.results(segment(path, 3), response);
        } else if (!get && !post) {
            throw new HttpError(405, "Method " + method + " is not allowed here.");
        } else {
            throw new HttpError(404, "Not Found");
        }
    }

    private static int segments(String path) {
        return path.substring(1).split("/", -1).length;
    }

    /** The n-th path segment (1-based), decoded. */
    private static String segment(String path, int n) {
        String[] parts = path.substring(1).split("/", -1);
        if (parts.length < n || parts[n - 1].isEmpty()) {
            throw new HttpError(404, "Not Found");
        }
        return URLDecoder.decode(parts[n - 1], StandardCharsets.UTF_8);
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
