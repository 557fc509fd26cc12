package dev.gradio4j.internal.server;

import dev.gradio4j.internal.app.ApiInfo;
import dev.gradio4j.internal.app.Config;
import dev.gradio4j.internal.app.OpenApi;
import dev.gradio4j.internal.json.JsonCodec;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * The app's description: the page, {@code /config}, {@code /gradio_api/info}, the app id, its
 * icon and its web app manifest.
 */
final class AppRoutes {
    private final AppRuntime runtime;
    private final Frontend frontend = new Frontend();

    AppRoutes(AppRuntime runtime) {
        this.runtime = runtime;
    }

    Map<String, Object> config(HttpServletRequest request) {
        return Config.of(runtime.app(), runtime.origins.rootUrl(request), runtime.pageSettings());
    }

    void config(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Http.json(response, 200, config(request));
    }

    void info(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String all = request.getParameter("all_endpoints");
        Http.json(response, 200, ApiInfo.of(runtime.app(), all != null && !all.isEmpty(), runtime.origins.rootUrl(request)));
    }

    /** {@code GET /gradio_api/openapi.json}: the public endpoints as OpenAPI 3. */
    void openApi(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Http.json(response, 200, OpenApi.of(runtime.app(), runtime.origins.rootUrl(request)));
    }

    void appId(HttpServletResponse response) throws IOException {
        Http.json(response, 200, Map.of("app_id", runtime.app().appId()));
    }

    /** {@code GET /favicon.ico}. */
    void favicon(HttpServletRequest request, HttpServletResponse response) throws IOException {
        AppIcon.serve(runtime.settings.favicon(), request, response);
    }

    /** {@code GET /manifest.json}. */
    void manifest(HttpServletResponse response) throws IOException {
        byte[] bytes = JsonCodec.writeBytes(AppIcon.manifest(runtime.app().settings().title(), runtime.settings.favicon()));
        response.setStatus(200);
        response.setContentType("application/manifest+json");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    /**
     * The page: the browser UI with the config inlined as Gradio's page has it
     * ({@code window.gradio_config}), the title, the theme's stylesheet, and the app's
     * {@code css} and {@code head}. Before
     * a login, the config says only that one is needed ({@code auth_required}), and the page
     * shows its login form: nothing of the app is given away.
     */
    void page(HttpServletRequest request, HttpServletResponse response, boolean loginFirst) throws IOException {
        Map<String, Object> config = loginFirst ? loginConfig() : config(request);
        var head = new StringBuilder()
                .append("<title>").append(escape(String.valueOf(config.get("title")))).append("</title>\n")
                .append("<script>window.gradio_config = ").append(JsonCodec.write(config).replace("</", "<\\/")).append(";</script>\n");
        PageOptions options = runtime.page();
        head.append("<link rel=\"manifest\" href=\"manifest.json\">\n");
        if (runtime.settings.favicon() != null) {
            // After the page's own inline icon, so that browsers take this one.
            head.append("<link rel=\"icon\" href=\"favicon.ico\">\n");
        }
        // The ids let the page replace the theme and the app's CSS in place when a reload changes them.
        var styles = new StringBuilder();
        // The theme's Google fonts, which Gradio's page loads from the config's stylesheets.
        for (String url : options.theme().stylesheets()) {
            styles.append("<link rel=\"stylesheet\" href=\"").append(escape(url)).append("\">\n");
        }
        styles
                .append("<link rel=\"stylesheet\" id=\"gradio4j-theme\" href=\"theme.css?v=").append(options.theme().hash()).append("\">\n")
                .append("<style id=\"gradio4j-app-css\">").append(options.css() == null ? "" : options.css().replace("</", "<\\/"))
                .append("</style>\n");
        if (options.head() != null && !loginFirst) {
            head.append(options.head()).append('\n');
        }
        List<String> ancestors = runtime.settings.access().frameAncestors();
        if (ancestors != null) {
            String sources = ancestors.isEmpty() ? "'none'" : "'self' " + String.join(" ", ancestors);
            response.setHeader("Content-Security-Policy", "frame-ancestors " + sources);
            if (ancestors.isEmpty()) {
                response.setHeader("X-Frame-Options", "DENY");   // for browsers that predate frame-ancestors
            }
        }
        frontend.page(head.toString(), styles.toString(), request, response);
    }

    private Map<String, Object> loginConfig() {
        Map<String, Object> config = new java.util.LinkedHashMap<>();
        config.put("auth_required", true);
        var settings = runtime.settings;
        config.put("auth_message", settings.auth() == null ? null : settings.auth().message());
        // How the page offers to log in: a password form, a provider's button, or both.
        config.put("password_login", settings.auth() != null);
        config.put("sso_login", settings.oidc() == null ? null : settings.oidc().name());
        config.put("title", runtime.app().settings().title());
        config.put("version", Config.GRADIO_VERSION);
        config.put("api_prefix", "/gradio_api");
        return config;
    }

    /**
     * {@code GET /theme.css}: the theme's variables. Served with no-cache, as the page asks for it
     * as {@code theme.css?v=<theme_hash>}, a new URL whenever the theme changes.
     */
    void themeCss(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-cache");
        frontend.stylesheet(runtime.page().theme().css(), request, response);
    }

    /** {@code GET /assets/{name}}: the browser UI's scripts, styles and fonts. */
    void asset(String name, HttpServletRequest request, HttpServletResponse response) throws IOException {
        frontend.asset(name, request, response);
    }

    /** {@code GET /static/fonts/{family}/{file}}: the built-in themes' font files, which their {@code /theme.css} names. */
    void font(String path, HttpServletRequest request, HttpServletResponse response) throws IOException {
        frontend.font(path, request, response);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
