package dev.gradio4j.internal.server;

import dev.gradio4j.internal.files.FileStore;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The app's icon ({@code GET /favicon.ico}) and its web app manifest ({@code GET /manifest.json}),
 * as Gradio serves them: the app's own {@code favicon} file when the launch named one (that file
 * and nothing else), gradio4j's logo otherwise.
 */
final class AppIcon {
    private static final byte[] LOGO = logo();
    private static final String LOGO_TYPE = "image/svg+xml";

    private AppIcon() {}

    /** {@code GET /favicon.ico}: {@code favicon}, or the logo when it is null. */
    static void serve(Path favicon, HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] bytes;
        String type;
        if (favicon == null) {
            bytes = LOGO;
            type = LOGO_TYPE;
        } else {
            try {
                bytes = Files.readAllBytes(favicon);
            } catch (NoSuchFileException e) {
                throw new HttpError(404, "The app's favicon " + favicon + " is gone; put it back or launch without it.");
            }
            type = typeOf(favicon);
        }
        response.setStatus(200);
        response.setContentType(type);
        response.setContentLength(bytes.length);
        response.setHeader("Cache-Control", "no-cache");
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(bytes);
        }
    }

    /**
     * The web app manifest Gradio's page links to: the app's title as its name, its icon, and the
     * page as the start. Gradio offers a PNG icon resized to 192 and 512 pixels for a favicon
     * that is not SVG; here the icon is the favicon as it is, of any size.
     */
    static Map<String, Object> manifest(String title, Path favicon) {
        Map<String, Object> icon = new LinkedHashMap<>();
        icon.put("src", "favicon.ico");
        icon.put("sizes", "any");
        icon.put("type", favicon == null ? LOGO_TYPE : typeOf(favicon));
        icon.put("purpose", "any");
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("name", title == null || title.isBlank() ? "Gradio" : title);
        manifest.put("icons", List.of(icon));
        manifest.put("start_url", "./");
        manifest.put("display", "standalone");
        return manifest;
    }

    private static String typeOf(Path file) {
        String type = FileStore.mimeType(file);
        return type == null ? "application/octet-stream" : type;
    }

    private static byte[] logo() {
        try (InputStream in = AppIcon.class.getResourceAsStream("favicon.svg")) {
            if (in == null) {
                throw new IllegalStateException("favicon.svg is missing from the gradio4j jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
