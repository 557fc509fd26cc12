package dev.gradio4j.internal.server;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gradio's monitoring: {@code /monitoring/summary} (each endpoint's runs, for whoever may use the
 * app), {@code /monitoring} (prints the dashboard's secret URL to the console, and says so), and
 * {@code /monitoring/<key>}, the dashboard, for whoever has the key. Gradio's dashboard is a
 * Gradio app of plots; this one is a table of the same summary.
 */
final class MonitoringRoutes {
    private static final Logger LOG = LoggerFactory.getLogger(MonitoringRoutes.class);
    private final AppRuntime runtime;
    /** The dashboard's secret, new at each launch, as Gradio's {@code analytics_key}. */
    private final String key;

    MonitoringRoutes(AppRuntime runtime) {
        this.runtime = runtime;
        byte[] random = new byte[16];
        new SecureRandom().nextBytes(random);
        this.key = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    /** The dashboard's URL under {@code root}, printed at launch when the app asked for it. */
    String dashboardUrl(String root) {
        return root + "/monitoring/" + key;
    }

    /** {@code GET /monitoring}: the dashboard's URL goes to the console, never to the caller. */
    void announce(HttpServletRequest request, HttpServletResponse response) throws IOException {
        requireEnabled();
        String url = dashboardUrl(runtime.origins.rootUrl(request));
        System.out.println("* Monitoring URL: " + url + " *");
        LOG.info("Monitoring URL asked for by {}", runtime.origins.clientAddress(request));
        html(response, 200, "See console for monitoring URL.");
    }

    /** {@code GET /monitoring/summary}. */
    void summary(HttpServletResponse response) throws IOException {
        requireEnabled();
        Http.json(response, 200, runtime.runner.analytics().summary());
    }

    /** {@code GET /monitoring/<key>}: the dashboard, or 403 for a wrong key. */
    void dashboard(String given, HttpServletResponse response) throws IOException {
        requireEnabled();
        if (!MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), key.getBytes(StandardCharsets.UTF_8))) {
            throw new HttpError(403, "Invalid key.");
        }
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Referrer-Policy", "no-referrer");   // the key is in this page's URL
        html(response, 200, table(runtime.runner.analytics().summary()));
    }

    private void requireEnabled() {
        if (Boolean.FALSE.equals(runtime.settings.monitoring())) {
            throw new HttpError(403, "Monitoring is not enabled.");
        }
    }

    @SuppressWarnings("unchecked")
    private String table(Map<String, Object> summary) {
        var html = new StringBuilder("<!doctype html><html><head><meta charset=\"utf-8\"><title>Monitoring: ")
                .append(escape(String.valueOf(runtime.app().settings().title())))
                .append("</title></head><body><h1>Monitoring</h1><table border=\"1\" cellpadding=\"4\">")
                .append("<tr><th>endpoint</th><th>requests</th><th>success rate</th>")
                .append("<th>50th percentile (s)</th><th>90th percentile (s)</th><th>99th percentile (s)</th></tr>");
        var functions = (Map<String, Map<String, Object>>) summary.get("functions");
        functions.forEach((name, function) -> {
            var percentiles = (Map<String, Object>) function.get("process_time_percentiles");
            html.append("<tr><td>/").append(escape(name)).append("</td><td>").append(function.get("total_requests"))
                    .append("</td><td>").append(String.format("%.1f %%", 100 * (double) function.get("success_rate")));
            for (String p : new String[] {"50th", "90th", "99th"}) {
                html.append("</td><td>").append(String.format("%.4f", (double) percentiles.get(p)));
            }
            html.append("</td></tr>");
        });
        if (functions.isEmpty()) {
            html.append("<tr><td colspan=\"6\">No endpoint has run yet.</td></tr>");
        }
        return html.append("</table></body></html>").toString();
    }

    private static void html(HttpServletResponse response, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType("text/html; charset=utf-8");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
