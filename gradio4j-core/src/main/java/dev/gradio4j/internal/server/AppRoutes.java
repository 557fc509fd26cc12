package dev.gradio4j.internal.server;

import dev.gradio4j.internal.app.ApiInfo;
import dev.gradio4j.internal.app.Config;
import dev.gradio4j.internal.json.Json;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** The app's description: the page, {@code /config}, {@code /gradio_api/info} and the app id. */
final class AppRoutes {
    private final AppRuntime runtime;

    AppRoutes(AppRuntime runtime) {
        this.runtime = runtime;
    }

    Map<String, Object> config(HttpServletRequest request) {
        return Config.of(runtime.app(), Http.rootUrl(request), runtime.pageSettings());
    }

    void config(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Http.json(response, 200, config(request));
    }

    void info(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String all = request.getParameter("all_endpoints");
        Http.json(response, 200, ApiInfo.of(runtime.app(), all != null && !all.isEmpty()));
    }

    void appId(HttpServletResponse response) throws IOException {
        Http.json(response, 200, Map.of("app_id", runtime.app().appId()));
    }

    /**
     * The page. Until the browser UI lands, a placeholder that names the app, lists its API and
     * carries the config as Gradio's page does ({@code window.gradio_config}).
     */
    void page(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Map<String, Object> config = config(request);
        String title = escape(String.valueOf(config.get("title")));
        String configJson = Json.write(config).replace("</", "<\\/");
        String html = """
                <!doctype html>
                <html lang="en">
                <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s</title>
                <script>window.gradio_config = %s;</script>
                <style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;color:#1f2937}
                code{background:#f3f4f6;padding:.1rem .3rem;border-radius:4px}</style></head>
                <body><h1>%s</h1>
                <p>This gradio4j app is running. Its browser UI is not built yet; call it through the API:
                <a href="gradio_api/info">gradio_api/info</a> lists the endpoints, and any Gradio client works, e.g.
                <code>await (await Client.connect(location.origin)).predict("/name", [...])</code>.</p>
                </body></html>
                """.formatted(title, configJson, title);
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        response.setStatus(200);
        response.setContentType("text/html;charset=utf-8");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
