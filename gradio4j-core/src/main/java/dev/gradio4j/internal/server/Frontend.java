package dev.gradio4j.internal.server;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

/**
 * The browser UI packaged in this jar (built from {@code gradio4j-frontend}): the page template,
 * into which each request's config goes, the assets, served gzipped to browsers that accept it
 * and cached for a year (their names change with their content), and the font files of the
 * built-in themes, at Gradio's {@code static/fonts/<Family>/<Family>-<Weight>.woff2}.
 */
final class Frontend {
    private static final String ROOT = "dev/gradio4j/frontend/";
    private static final String HEAD_SLOT = "<!--gradio4j-head-->";
    private static final Pattern ASSET_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    /** A family's folder and one of its files, and nothing else: no other file, no dots, no escapes. */
    private static final Pattern FONT_PATH = Pattern.compile("([A-Za-z0-9]+)/\\1-[A-Za-z]+\\.woff2");
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("js", "text/javascript;charset=utf-8"),
            Map.entry("css", "text/css;charset=utf-8"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("json", "application/json"),
            Map.entry("png", "image/png"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("woff", "font/woff"),
            Map.entry("ttf", "font/ttf"));

    private record Asset(byte[] bytes, byte[] gzipped, String contentType) {}

    private final String template;
    private final Map<String, Optional<Asset>> assets = new ConcurrentHashMap<>();
    /** The fonts found; a miss is looked up again, so that made-up names fill no cache. */
    private final Map<String, Asset> fonts = new ConcurrentHashMap<>();

    Frontend() {
        byte[] page = read(ROOT + "index.html");
        this.template = page == null ? null : new String(page, StandardCharsets.UTF_8);
    }

    /** The page with {@code head} (title, config, the app's css and head) in place. */
    void page(String head, String styles, HttpServletRequest request, HttpServletResponse response) throws IOException {
        // The app's styles go last in the head, after the UI's own stylesheet, so that they win over it as in Gradio.
        String html = template != null ? template.replace(HEAD_SLOT, head).replace("</head>", styles + "</head>")
                : "<!doctype html><html><head>" + head + styles + "</head><body><p>This build of gradio4j has no browser UI: "
                  + "build it with the gradio4j-frontend module, or use the API (gradio_api/info).</p></body></html>";
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        response.setHeader("Cache-Control", "no-cache");
        send(new Asset(bytes, gzip(bytes), "text/html;charset=utf-8"), request, response);
    }

    /** A stylesheet made by the server (the theme's), gzipped for browsers that take it. */
    void stylesheet(String css, HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] bytes = css.getBytes(StandardCharsets.UTF_8);
        send(new Asset(bytes, gzip(bytes), "text/css; charset=utf-8"), request, response);
    }

    /** {@code GET /assets/{name}}. */
    void asset(String name, HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!ASSET_NAME.matcher(name).matches()) {
            throw new HttpError(404, "No asset " + name);
        }
        Asset asset = assets.computeIfAbsent(name, found -> load("assets/" + found))
                .orElseThrow(() -> new HttpError(404, "No asset " + name));
        response.setHeader("Cache-Control", "public, max-age=31536000, immutable");
        send(asset, request, response);
    }

    /**
     * {@code GET /static/fonts/{family}/{file}}: a theme's font file, cached for a year: a name
     * always holds the same face (a later gradio4j may ship a newer cut of it, and a cached older
     * one draws the same).
     */
    void font(String path, HttpServletRequest request, HttpServletResponse response) throws IOException {
        Asset font = FONT_PATH.matcher(path).matches()
                ? fonts.computeIfAbsent(path, found -> load("static/fonts/" + found).orElse(null)) : null;
        if (font == null) {
            throw new HttpError(404, "No font static/fonts/" + path);
        }
        response.setHeader("Cache-Control", "public, max-age=31536000");
        send(font, request, response);
    }

    /** A file of the build, by its path under the build's root. */
    private static Optional<Asset> load(String path) {
        byte[] bytes = read(ROOT + path);
        if (bytes == null) {
            return Optional.empty();
        }
        String extension = path.substring(path.lastIndexOf('.') + 1);
        String type = TYPES.getOrDefault(extension, "application/octet-stream");
        boolean compressible = type.startsWith("text/") || type.equals("image/svg+xml") || type.equals("application/json");
        return Optional.of(new Asset(bytes, compressible ? gzip(bytes) : null, type));
    }

    private static void send(Asset asset, HttpServletRequest request, HttpServletResponse response) throws IOException {
        String accepted = request.getHeader("Accept-Encoding");
        boolean gzip = asset.gzipped() != null && accepted != null && accepted.contains("gzip");
        byte[] body = gzip ? asset.gzipped() : asset.bytes();
        response.setStatus(200);
        response.setContentType(asset.contentType());
        response.setHeader("Vary", "Accept-Encoding");
        if (gzip) {
            response.setHeader("Content-Encoding", "gzip");
        }
        response.setContentLength(body.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(body);
        }
    }

    private static byte[] read(String resource) {
        try (InputStream in = Frontend.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource + " from the jar", e);
        }
    }

    private static byte[] gzip(byte[] bytes) {
        var out = new ByteArrayOutputStream(bytes.length / 3 + 64);
        try (var gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
