package dev.gradio4j.internal.server;

import dev.gradio4j.internal.app.ProxiedApp;
import dev.gradio4j.internal.files.FileStore;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLConnection;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * {@code GET /gradio_api/proxy=<url>} ({@code http:/host/...}: one slash, since Jetty refuses a
 * path with an empty segment; two are taken too): a file of the app that a loaded app ({@code Gr.load})
 * mirrors, fetched for the page, as Gradio's route of that name. Only URLs of that app's own file
 * routes are fetched; any other is refused, so that this is never an open proxy. Redirects are
 * not followed (one could lead elsewhere), and a type that could run script in the page is sent
 * as a download.
 */
final class ProxyRoutes {
    /** Where a Gradio app (4 to 6, or gradio4j) serves files, below its root; a loaded app's own proxy too. */
    private static final List<String> FILE_ROUTES = List.of("/gradio_api/file=", "/file=", "/gradio_api/file/", "/file/",
            "/gradio_api/proxy=", "/proxy=");
    private final AppRuntime runtime;
    /** Made at the first proxied request: most apps load none. */
    private HttpClient http;

    ProxyRoutes(AppRuntime runtime) {
        this.runtime = runtime;
    }

    void proxy(String target, boolean headOnly, HttpServletResponse response) throws IOException {
        URI uri = fileOfAProxiedApp(target);
        ProxiedApp app = runtime.app().proxied().stream().filter(a -> covers(a, uri)).findFirst().orElseThrow();
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                .method(headOnly ? "HEAD" : "GET", HttpRequest.BodyPublishers.noBody());
        app.headers().forEach(request::header);
        HttpResponse<InputStream> answer;
        try {
            answer = http().send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw new HttpError(502, "Could not fetch " + uri + " from the loaded app: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HttpError(503, "The server is stopping.");
        }
        try (InputStream body = answer.body()) {
            response.setStatus(answer.statusCode());
            String mime = URLConnection.guessContentTypeFromName(uri.getPath());
            boolean inline = FileStore.inlineSafe(mime);
            response.setContentType(inline ? mime : "application/octet-stream");
            answer.headers().firstValueAsLong("content-length").ifPresent(response::setContentLengthLong);
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("Content-Disposition", inline ? "inline" : "attachment");
            if (!headOnly) {
                body.transferTo(response.getOutputStream());
            }
        }
    }

    private synchronized HttpClient http() {
        if (http == null) {
            http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        }
        return http;
    }

    /** The URL asked for, if it is one of a proxied app's files; else a 400 that says what may be fetched. */
    private URI fileOfAProxiedApp(String target) {
        URI uri;
        try {
            // written with one slash after the scheme (a path's empty segment is refused), as AppLoader does
            uri = new URI(target.replaceFirst("^(?i)(https?):/+", "$1://")).normalize();
        } catch (URISyntaxException e) {
            throw refused(target);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getRawUserInfo() != null
                || runtime.app().proxied().stream().noneMatch(app -> covers(app, uri))) {
            throw refused(target);
        }
        return uri;
    }

    /** Whether {@code uri} is a file of {@code app}: same scheme, host and port, below one of its file routes. */
    private static boolean covers(ProxiedApp app, URI uri) {
        URI root = URI.create(app.root());
        if (!root.getScheme().equalsIgnoreCase(uri.getScheme()) || !root.getHost().equalsIgnoreCase(uri.getHost())
                || port(root) != port(uri) || uri.getRawPath() == null) {
            return false;
        }
        String base = root.getRawPath() == null ? "" : root.getRawPath().replaceAll("/+$", "");
        String path = uri.getRawPath();
        return path.startsWith(base + "/") && FILE_ROUTES.stream().anyMatch(route -> path.startsWith(base + route))
                && !path.contains("/../");
    }

    private static int port(URI uri) {
        return uri.getPort() >= 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    private HttpError refused(String target) {
        List<String> roots = runtime.app().proxied().stream().map(ProxiedApp::root).toList();
        return new HttpError(400, "This URL cannot be proxied: " + target + ". Only files of "
                + (roots.isEmpty() ? "a loaded app (this app loads none)" : "the loaded app " + String.join(", ", roots))
                + " are fetched through /gradio_api/proxy=.");
    }
}
