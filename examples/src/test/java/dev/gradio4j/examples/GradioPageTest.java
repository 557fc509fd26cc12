package dev.gradio4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradio4j.Launch;
import dev.gradio4j.Server;
import dev.gradio4j.examples.parity.Corpus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/**
 * Gradio's own page renders gradio4j's apps: every app of the parity {@link Corpus}, served by
 * gradio4j, is opened in Chromium in the web page that ships in Gradio's pip package (served by
 * {@link GradioPageServer} with the app's {@code /config} inlined, as Gradio's server serves it)
 * and used there: the page loads without a script error, and one interaction per app gets its
 * result ({@code src/test/js/gradio-page.test.mjs}, whose table says what each app is asked and
 * why an app's check is left out). This proves the config and the routes are Gradio's, not a
 * feature: gradio4j's own page stays the product's UI.
 *
 * <p>What gradio4j does not serve yet and the page needs is listed where it is bridged: the empty
 * {@code /theme.css} in {@link GradioPageServer}, the routes whose 404 the page gets over in the
 * test file's {@code UNSERVED}. The page is the build in Gradio's package in
 * {@code target/gradio-venv}; {@code CHROMIUM} says where the browser is; screenshots land in
 * {@code target/screenshots/gradio-page}. {@link #main} serves the corpus this way to look at by
 * hand.
 */
class GradioPageTest {
    private static final Duration LIMIT = Duration.ofMinutes(4);

    @Test
    @Timeout(300)
    void gradiosPageUsesEveryCorpusApp(@TempDir Path dir) throws Exception {
        List<AutoCloseable> started = new ArrayList<>();
        try {
            Map<String, String> urls = serve(started);
            Path servers = dir.resolve("servers.json");
            Files.writeString(servers, JsonMapper.builder().build().writeValueAsString(urls));
            var node = new ProcessBuilder("node", "--test", "--test-reporter=spec", "--test-concurrency=1", "gradio-page.test.mjs")
                    .directory(ClientSuites.JS.toFile());
            node.environment().put("SERVERS", servers.toString());
            node.environment().put("DATA", ClientSuites.PYTHON.resolve("parity/data").toString());
            node.environment().put("SCREENSHOTS", Path.of("target/screenshots/gradio-page").toAbsolutePath().toString());
            node.environment().putIfAbsent("CHROMIUM", "/usr/bin/chromium");
            String output;
            try (ChildProcess process = ChildProcess.start(node)) {
                output = process.awaitSuccess(LIMIT);
            }
            System.out.println(output);
            // one test per app, and one that the table has a line for each
            assertThat(output).contains("pass " + (Corpus.APPS.size() + 1)).contains("fail 0");
        } finally {
            for (AutoCloseable closeable : started.reversed()) {
                closeable.close();
            }
        }
    }

    @Test
    void thePagesTemplateIsRenderedWholeWithTheConfigSafeInAScript() throws Exception {
        Path frontend = GradioPageServer.frontendOf(Path.of(System.getProperty("gradio.venv", "../target/gradio-venv")));
        Map<String, Object> config = GradioPageServer.pageConfig(Map.of(
                "title", "<b>Tom & Jerry's</b>", "root", "http://127.0.0.1:1", "components", List.of(), "dependencies", List.of()));
        String html = GradioPageServer.render(Files.readString(frontend.resolve("index.html")), config, Map.of());
        assertThat(html).doesNotContain("{{").doesNotContain("{%")
                .contains("<meta property=\"og:title\" content=\"&lt;b&gt;Tom &amp; Jerry&#39;s&lt;/b&gt;\" />")
                .contains("\"title\":\"\\u003cb\\u003eTom \\u0026 Jerry\\u0027s\\u003c/b\\u003e\"")
                .contains("\"current_page\":\"\"")
                .contains("window.gradio_api_info = {};");
    }

    /**
     * Launches every corpus app on gradio4j, each behind Gradio's page; answers the page's URL by
     * app name. Whatever it started is in {@code started}, to close.
     */
    private static Map<String, String> serve(List<AutoCloseable> started) throws Exception {
        Path frontend = GradioPageServer.frontendOf(Path.of(System.getProperty("gradio.venv", "../target/gradio-venv")));
        // The page's server forwards from 127.0.0.1 with its own name as X-Forwarded-Host.
        Launch options = Launch.options().port(0).quiet(true).trustedProxies("127.0.0.1");
        Map<String, String> urls = new LinkedHashMap<>();
        for (var app : Corpus.APPS.entrySet()) {
            Server server = app.getValue().get().launch(options);
            started.add(server);
            var page = new GradioPageServer(frontend, server.url());
            started.add(page);
            urls.put(app.getKey(), page.url());
        }
        return urls;
    }

    /** Serves the corpus in Gradio's page until stopped, printing each app's address. */
    public static void main(String[] args) throws Exception {
        List<AutoCloseable> started = new ArrayList<>();
        System.out.println(JsonMapper.builder().build().writeValueAsString(serve(started)));
        Thread.sleep(Long.MAX_VALUE);
    }
}
