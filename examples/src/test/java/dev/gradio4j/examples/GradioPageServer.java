package dev.gradio4j.examples;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.json.JsonMapper;

/**
 * Gradio's own web page in front of a gradio4j app, on one origin, as Gradio's server would serve
 * it: the page ({@code templates/frontend/index.html} of the pip package) rendered with the app's
 * {@code /config} and {@code /gradio_api/info} inlined (Gradio's {@code /} route), its built files
 * under {@code /assets/} and {@code /static/}; every other request goes to the gradio4j app as it
 * came (the API, uploads, {@code /file=}), and its answer comes back as the app writes it, not
 * buffered (the queue's SSE), with the {@code X-Forwarded-Host} of this server, so that the app (which must trust 127.0.0.1 as a proxy)
 * gives out this server's URL as its root and takes the page's posts as same-origin.
 *
 * <p>Nothing is made up here: the theme ({@code /theme.css}) is the app's, and what the app does
 * not serve, the page gets the app's 404 for.
 *
 * <p>Threading: a virtual thread per request; {@link #close} stops the server and its threads.
 */
final class GradioPageServer implements AutoCloseable {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "transfer-encoding", "te", "trailer",
            "upgrade", "proxy-connection", "content-length", "host", "expect", "accept-encoding");
    private static final Pattern EXPRESSION = Pattern.compile("\\{\\{(.*?)}}|\\{%.*?%}", Pattern.DOTALL);
    private static final Pattern BODY_CSS = Pattern.compile("config\\.get\\('(\\w+)', \\{}\\)\\.get\\('(\\w+)', '([^']*)'\\)");
    private static final Pattern CONFIG_OR_EMPTY = Pattern.compile("config\\['(\\w+)'] or ''");

    private final Path frontend;
    private final String template;
    private final URI app;
    private final HttpServer server;
    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    /**
     * Serves Gradio's page from {@code frontend} (the package's {@code templates/frontend}) for the
     * gradio4j app at {@code appUrl}, on a free port of 127.0.0.1.
     */
    GradioPageServer(Path frontend, String appUrl) throws IOException {
        this.frontend = frontend.toAbsolutePath().normalize();
        this.template = Files.readString(this.frontend.resolve("index.html"));
        this.app = URI.create(appUrl.replaceAll("/$", ""));
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    /** The {@code templates/frontend} folder of the Gradio package in the virtual environment {@code venv}. */
    static Path frontendOf(Path venv) throws IOException {
        try (var versions = Files.list(venv.resolve("lib"))) {
            return versions.map(lib -> lib.resolve("site-packages/gradio/templates/frontend"))
                    .filter(dir -> Files.isRegularFile(dir.resolve("index.html")))
                    .findFirst()
                    .orElseThrow(() -> new IOException("no Gradio package with a built page in " + venv));
        }
    }

    /** Where the browser opens the app in Gradio's page. */
    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    private void handle(HttpExchange exchange) {
        try (exchange) {
            route(exchange);
        } catch (IOException gone) {
            // the browser left mid-stream, or the app did: the exchange is closed above
        }
    }

    private void route(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        String method = exchange.getRequestMethod();
        boolean read = method.equals("GET") || method.equals("HEAD");
        try {
            if (read && path.equals("/")) {
                page(exchange);
            } else if (read && path.startsWith("/assets/")) {
                file(exchange, frontend.resolve("assets"), path.substring("/assets/".length()));
            } else if (read && path.startsWith("/static/")) {
                file(exchange, frontend.resolve("static"), path.substring("/static/".length()));
            } else {
                forward(exchange);
            }
        } catch (RuntimeException e) {
            // a template this cannot render, say: the page says why (when its answer has not begun)
            if (exchange.getResponseCode() == -1) {
                send(exchange, 500, "text/plain; charset=utf-8", e.toString().getBytes(StandardCharsets.UTF_8));
            }
            throw e;
        }
    }

    /** Gradio's {@code /} route: the page's template with the app's config and API description in it. */
    @SuppressWarnings("unchecked")
    private void page(HttpExchange exchange) throws IOException {
        HttpResponse<byte[]> config = appGet(exchange, "/config");
        if (config.statusCode() != 200) {
            // gradio4j answers /config with 401 before a login; Gradio's page would show its form
            send(exchange, config.statusCode(), config.headers().firstValue("Content-Type").orElse("text/plain"), config.body());
            return;
        }
        Map<String, Object> pageConfig = pageConfig((Map<String, Object>) JSON.readValue(config.body(), Map.class));
        Object info = JSON.readValue(appGet(exchange, "/gradio_api/info").body(), Map.class);
        String html = render(template, pageConfig, info);
        send(exchange, 200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * What Gradio's {@code /} route inlines: the config of the page at {@code ""} (the config's
     * settings, with the components, dependencies and layout of that page), marked as that page,
     * with no deep link.
     */
    @SuppressWarnings("unchecked")
    static Map<String, Object> pageConfig(Map<String, Object> config) {
        Map<String, Object> page = new LinkedHashMap<>(config);
        if (config.get("page") instanceof Map<?, ?> pages && pages.get("") instanceof Map<?, ?> top) {
            var componentIds = Set.copyOf((List<Object>) top.get("components"));
            var dependencyIds = Set.copyOf((List<Object>) top.get("dependencies"));
            page.put("components", ((List<Map<String, Object>>) config.get("components")).stream()
                    .filter(c -> componentIds.contains(c.get("id"))).toList());
            page.put("dependencies", ((List<Map<String, Object>>) config.get("dependencies")).stream()
                    .filter(d -> dependencyIds.contains(d.get("id"))).toList());
            page.put("layout", top.get("layout"));
        }
        page.put("current_page", "");
        page.put("deep_link_state", "none");
        return page;
    }

    /**
     * Renders the page's Jinja template: its few expressions, each as Gradio's server evaluates
     * it. An expression this does not know fails, so that a new Gradio's template is looked at.
     */
    static String render(String template, Map<String, Object> config, Object info) {
        Matcher matcher = EXPRESSION.matcher(template);
        StringBuilder html = new StringBuilder();
        while (matcher.find()) {
            String expression = matcher.group(1) == null ? matcher.group() : matcher.group(1).strip();
            matcher.appendReplacement(html, Matcher.quoteReplacement(evaluate(expression, config, info)));
        }
        matcher.appendTail(html);
        return html.toString();
    }

    private static String evaluate(String expression, Map<String, Object> config, Object info) {
        Matcher bodyCss = BODY_CSS.matcher(expression);
        Matcher orEmpty = CONFIG_OR_EMPTY.matcher(expression);
        if (expression.equals("base_url | default('./')")) {
            return "./";
        } else if (expression.equals("config | toorjson")) {
            return toOrJson(config);
        } else if (expression.equals("gradio_api_info | toorjson")) {
            return toOrJson(info);
        } else if (expression.equals("config.get('root', '') | toorjson")) {
            return toOrJson(config.getOrDefault("root", ""));
        } else if (bodyCss.matches()) {
            Object section = config.get(bodyCss.group(1));
            Object value = section instanceof Map<?, ?> map ? map.get(bodyCss.group(2)) : null;
            return escapeHtml(value == null ? bodyCss.group(3) : String.valueOf(value));
        } else if (orEmpty.matches()) {
            Object value = config.get(orEmpty.group(1));
            return escapeHtml(value == null || value.equals("") || value.equals(false) ? "" : String.valueOf(value));
        }
        throw new IllegalStateException("Gradio's page template has an expression this harness does not render: " + expression);
    }

    /** Gradio's {@code toorjson} filter: compact JSON, safe inside a script element. */
    private static String toOrJson(Object value) {
        return JSON.writeValueAsString(value).replace("<", "\\u003c").replace(">", "\\u003e")
                .replace("&", "\\u0026").replace("'", "\\u0027");
    }

    private static String escapeHtml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&#34;").replace("'", "&#39;");
    }

    private void file(HttpExchange exchange, Path root, String name) throws IOException {
        Path file = root.resolve(URI.create("x/" + name).getPath().substring(2)).normalize();
        if (!file.startsWith(root) || !Files.isRegularFile(file)) {
            send(exchange, 404, "text/plain", "Not Found".getBytes(StandardCharsets.UTF_8));
            return;
        }
        String type = switch (name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT)) {
            case "js", "mjs" -> "text/javascript";
            case "css" -> "text/css";
            case "svg" -> "image/svg+xml";
            case "wasm" -> "application/wasm";
            case "json", "map" -> "application/json";
            case "woff2" -> "font/woff2";
            case "woff" -> "font/woff";
            case "ttf" -> "font/ttf";
            case "png" -> "image/png";
            default -> Files.probeContentType(file) == null ? "application/octet-stream" : Files.probeContentType(file);
        };
        // The build's file names carry their hash: the browser may keep them (one cache for all ports).
        exchange.getResponseHeaders().set("Cache-Control", "public, max-age=86400, immutable");
        send(exchange, 200, type, Files.readAllBytes(file));
    }

    private HttpResponse<byte[]> appGet(HttpExchange exchange, String path) throws IOException {
        var request = HttpRequest.newBuilder(app.resolve(path)).GET();
        forwardedHeaders(exchange, request);
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    /** Sends the request on to the app as it came, and its answer back as it comes. */
    private void forward(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        var request = HttpRequest.newBuilder(app.resolve(exchange.getRequestURI().getRawPath()
                        + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery())))
                .method(exchange.getRequestMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        exchange.getRequestHeaders().forEach((name, values) -> {
            if (!HOP_BY_HOP.contains(name.toLowerCase(Locale.ROOT))) {
                values.forEach(value -> request.header(name, value));
            }
        });
        forwardedHeaders(exchange, request);
        HttpResponse<InputStream> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        try (InputStream in = response.body()) {
            response.headers().map().forEach((name, values) -> {
                if (!HOP_BY_HOP.contains(name.toLowerCase(Locale.ROOT)) && !name.startsWith(":")) {
                    exchange.getResponseHeaders().put(name, values);
                }
            });
            long length = response.headers().firstValueAsLong("Content-Length").orElse(0);
            boolean empty = exchange.getRequestMethod().equals("HEAD") || response.statusCode() == 204 || response.statusCode() == 304;
            exchange.sendResponseHeaders(response.statusCode(), empty ? -1 : length);
            if (empty) {
                return;
            }
            OutputStream out = exchange.getResponseBody();
            byte[] buffer = new byte[16 * 1024];
            for (int n; (n = in.read(buffer)) >= 0; ) {
                out.write(buffer, 0, n);
                out.flush();   // a queue message reaches the page when the app sends it
            }
        }
    }

    private void forwardedHeaders(HttpExchange exchange, HttpRequest.Builder request) {
        String host = exchange.getRequestHeaders().getFirst("Host");
        request.setHeader("X-Forwarded-Host", host == null ? "127.0.0.1:" + server.getAddress().getPort() : host);
        request.setHeader("X-Forwarded-Proto", "http");
        String cookie = exchange.getRequestHeaders().getFirst("Cookie");
        if (cookie != null) {
            request.setHeader("Cookie", cookie);
        }
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        if (!head) {
            exchange.getResponseBody().write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        http.shutdownNow();   // and the streams still open
        threads.shutdownNow();
    }
}
