package dev.gradio4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradio4j.Launch;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.catalina.Context;
import org.apache.catalina.startup.Tomcat;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Apps mounted in a real servlet container: embedded Tomcat serves the context {@code /shop}, in
 * which the conformance app is mounted at {@code /demo} and Hello at {@code /hello}. The
 * official JS client runs its whole conformance suite through the mount, and Chromium uses the
 * page there ({@code src/test/js/mounted.test.mjs}).
 */
class MountedInTomcatTest {
    @TempDir
    static Path base;
    private static Tomcat tomcat;
    private static String shop;

    @BeforeAll
    static void startTomcat() throws Exception {
        tomcat = new Tomcat();
        tomcat.setBaseDir(base.toString());
        tomcat.setPort(0);
        tomcat.getConnector().setProperty("address", "127.0.0.1");
        // Event streams hold their request thread while open: give Tomcat virtual threads.
        tomcat.getConnector().setProperty("useVirtualThreads", "true");
        Path docs = Files.createDirectories(base.resolve("docs"));
        Context context = tomcat.addContext("/shop", docs.toString());
        context.addServletContainerInitializer((classes, servletContext) -> {
            Conformance.app().mount(servletContext, "/demo", Launch.options().quiet(true));
            Hello.app().mount(servletContext, "/hello", Launch.options().quiet(true));
        }, null);
        tomcat.start();
        shop = "http://127.0.0.1:" + tomcat.getConnector().getLocalPort() + "/shop";
    }

    @AfterAll
    static void stopTomcat() throws Exception {
        if (tomcat != null) {
            tomcat.stop();
            tomcat.destroy();
        }
    }

    @Test
    void theConfigGivesTheMountedRootAndTheBareMountRedirectsToIt() throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            var config = http.send(HttpRequest.newBuilder(URI.create(shop + "/demo/config")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(config.statusCode()).isEqualTo(200);
            assertThat(config.body()).contains("\"root\":\"" + shop + "/demo\"");

            var bare = http.send(HttpRequest.newBuilder(URI.create(shop + "/hello")).build(), HttpResponse.BodyHandlers.discarding());
            assertThat(bare.statusCode()).isEqualTo(302);
            assertThat(bare.headers().firstValue("Location")).hasValue(shop + "/hello/");

            var missing = http.send(HttpRequest.newBuilder(URI.create(shop + "/demo/nowhere")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(missing.statusCode()).isEqualTo(404);
            assertThat(missing.body()).contains("its root is " + shop + "/demo/");
        }
    }

    @Test
    void theThemesFontsAreServedUnderTheMount() throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            var font = http.send(HttpRequest.newBuilder(URI.create(shop + "/hello/static/fonts/SourceSansPro/SourceSansPro-Regular.woff2"))
                    .build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(font.statusCode()).isEqualTo(200);
            assertThat(font.headers().firstValue("content-type")).hasValue("font/woff2");
            assertThat(new String(font.body(), 0, 4, StandardCharsets.US_ASCII)).isEqualTo("wOF2");
            var other = http.send(HttpRequest.newBuilder(URI.create(shop + "/hello/static/fonts/SourceSansPro/LICENSE")).build(),
                    HttpResponse.BodyHandlers.discarding());
            assertThat(other.statusCode()).isEqualTo(404);
        }
    }

    @Test
    void theOfficialJsClientPassesItsConformanceSuiteThroughTheMount() throws Exception {
        assertThat(ClientSuites.node("conformance.test.mjs", shop + "/demo")).contains("pass 13").contains("fail 0");
    }

    @Test
    void aBrowserUsesTheMountedPage() throws Exception {
        ProcessBuilder builder = new ProcessBuilder("node", "--test", "--test-reporter=spec", "mounted.test.mjs")
                .directory(Path.of("src/test/js").toFile())
                .redirectErrorStream(true);
        builder.environment().put("MOUNTED_URL", shop + "/hello/");
        builder.environment().putIfAbsent("CHROMIUM", "/usr/bin/chromium");
        Process node = builder.start();
        try {
            node.getOutputStream().close();
            String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(node.waitFor(2, TimeUnit.MINUTES)).as("node finished").isTrue();
            assertThat(node.exitValue()).as("node --test exit code; its output:\n" + output).isZero();
            assertThat(output).contains("pass 1").contains("fail 0");
        } finally {
            node.destroyForcibly();
        }
    }
}
