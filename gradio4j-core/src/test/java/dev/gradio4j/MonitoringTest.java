package dev.gradio4j;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradio4j.internal.json.JsonCodec;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Gradio's monitoring: the per-endpoint summary, the dashboard's URL printed to the console by
 * {@code /monitoring}, the dashboard behind its key, and {@code Launch.monitoring(false)}.
 */
@Timeout(60)
class MonitoringTest {
    static final HttpClient http = HttpClient.newHttpClient();

    @AfterAll
    static void close() {
        http.close();
    }

    static HttpResponse<String> get(Server server, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.url() + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> run(Server server, String api, String data) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.url() + "/gradio_api/run/" + api))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"data\": " + data + "}"))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    static Server app(Launch options) {
        var in = Gr.textbox();
        var out = Gr.textbox();
        var go = Button.of("go");
        go.click((String s) -> {
            if ("fail".equals(s)) {
                throw new GradioError("asked to fail");
            }
            return s;
        }, in, out).apiName("echo");
        return Blocks.of(in, go, out).title("Watched").launch(options.port(0));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theSummaryCountsEachEndpointsRunsSuccessesAndTimes() throws Exception {
        try (Server server = app(Launch.options().quiet(true))) {
            assertThat(JsonCodec.parse(get(server, "/monitoring/summary").body())).isEqualTo(Map.of("functions", Map.of()));
            for (String value : new String[] {"a", "b", "fail", "c"}) {
                run(server, "echo", "[\"" + value + "\"]");
            }
            var summary = get(server, "/monitoring/summary");
            assertThat(summary.statusCode()).isEqualTo(200);
            assertThat(summary.headers().firstValue("content-type")).contains("application/json");
            var echo = ((Map<String, Map<String, Object>>) ((Map<String, Object>) JsonCodec.parse(summary.body())).get("functions")).get("echo");
            assertThat(echo.get("total_requests")).isEqualTo(4L);
            assertThat(echo.get("success_rate")).isEqualTo(0.75);
            var percentiles = (Map<String, Object>) echo.get("process_time_percentiles");
            assertThat(percentiles).containsOnlyKeys("50th", "90th", "99th");
            double p50 = ((java.lang.Number) percentiles.get("50th")).doubleValue();
            double p99 = ((java.lang.Number) percentiles.get("99th")).doubleValue();
            assertThat(p50).isPositive().isLessThanOrEqualTo(p99).isLessThan(5);
        }
    }

    @Test
    void monitoringPrintsTheDashboardsUrlToTheConsoleOnlyAndTheKeyOpensIt() throws Exception {
        try (Server server = app(Launch.options().quiet(true))) {
            run(server, "echo", "[\"x\"]");
            PrintStream console = System.out;
            var printed = new ByteArrayOutputStream();
            HttpResponse<String> announce;
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            try {
                announce = get(server, "/monitoring");
            } finally {
                System.setOut(console);
            }
            assertThat(announce.statusCode()).isEqualTo(200);
            assertThat(announce.body()).isEqualTo("See console for monitoring URL.");
            var url = Pattern.compile("Monitoring URL: (\\S+)/monitoring/(\\S+) \\*").matcher(printed.toString(StandardCharsets.UTF_8));
            assertThat(url.find()).as("printed: %s", printed).isTrue();
            assertThat(announce.body()).doesNotContain(url.group(2));

            var dashboard = get(server, "/monitoring/" + url.group(2));
            assertThat(dashboard.statusCode()).isEqualTo(200);
            assertThat(dashboard.headers().firstValue("content-type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
            assertThat(dashboard.body()).contains("<td>/echo</td><td>1</td><td>100.0 %</td>");

            var wrong = get(server, "/monitoring/" + url.group(2).substring(1) + "x");
            assertThat(wrong.statusCode()).isEqualTo(403);
            assertThat(wrong.body()).contains("Invalid key.").doesNotContain("echo");
        }
    }

    @Test
    void turnedOffEveryMonitoringRouteIs403() throws Exception {
        try (Server server = app(Launch.options().quiet(true).monitoring(false))) {
            for (String path : new String[] {"/monitoring", "/monitoring/summary", "/monitoring/anything"}) {
                var response = get(server, path);
                assertThat(response.statusCode()).as(path).isEqualTo(403);
                assertThat(response.body()).as(path).contains("Monitoring is not enabled.");
            }
        }
    }
}
