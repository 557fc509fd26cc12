package dev.gradio4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The page, with the config and the app's own css and head in it, and the UI's assets from the jar. */
class PageTest {
    static Server server;
    static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        server = Blocks.of(Markdown.of("# hi")).title("Page </title> test")
                .launch(Launch.options().port(0).quiet(true).css("h1 { color: red }").head("<meta name=\"x\" content=\"y\">"));
    }

    @AfterAll
    static void stop() {
        server.close();
        http.close();
    }

    static HttpResponse<byte[]> get(String path, String... headers) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(server.url() + path));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void thePageCarriesTheConfigTitleCssAndHead() throws Exception {
        var page = get("/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("cache-control")).contains("no-cache");
        String html = new String(page.body());
        assertThat(html).contains("window.gradio_config = {").contains("<title>Page &lt;/title&gt; test</title>")
                .contains("<style id=\"gradio4j-app-css\">h1 { color: red }</style>").contains("<meta name=\"x\" content=\"y\">")
                .doesNotContain("\"dev_mode\":true");
    }

    @Test
    void assetsAreServedGzippedAndCachedForAYear() throws Exception {
        String html = new String(get("/").body());
        var script = Pattern.compile("src=\"\\./(assets/[^\"]+\\.js)\"").matcher(html);
        assertThat(script.find()).as("the page loads a script from assets/").isTrue();
        var plain = get("/" + script.group(1));
        var gzipped = get("/" + script.group(1), "Accept-Encoding", "gzip");
        assertThat(plain.statusCode()).isEqualTo(200);
        assertThat(plain.headers().firstValue("content-type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/javascript"));
        assertThat(plain.headers().firstValue("cache-control")).contains("public, max-age=31536000, immutable");
        assertThat(gzipped.headers().firstValue("content-encoding")).contains("gzip");
        assertThat(gzipped.body().length).isLessThan(plain.body().length);
        try (var in = new GZIPInputStream(new java.io.ByteArrayInputStream(gzipped.body()))) {
            assertThat(in.readAllBytes()).isEqualTo(plain.body());
        }
    }

    @Test
    void theApiPageShowsTheVersionTheBuildMade() throws Exception {
        String version = System.getProperty("gradio4j.version");
        assertThat(version).as("set by the build (surefire)").isNotBlank();
        java.nio.file.Path assets = java.nio.file.Path.of("target/classes/dev/gradio4j/frontend/assets");
        try (var files = java.nio.file.Files.list(assets)) {
            assertThat(files.filter(f -> f.toString().endsWith(".js")).map(f -> {
                try {
                    return java.nio.file.Files.readString(f);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            })).as("a script with the Java install snippet's version").anyMatch(js -> js.contains(version));
        }
    }

    @Test
    void unknownOrMalformedAssetNamesAre404() throws Exception {
        assertThat(get("/assets/nope.js").statusCode()).isEqualTo(404);
        // Jetty itself refuses an encoded slash (400) before the route sees it; either way, nothing is served.
        assertThat(get("/assets/..%2Findex.html").statusCode()).isIn(400, 404);
        assertThat(get("/assets/.hidden").statusCode()).isEqualTo(404);
    }

    @Test
    void theReloadStreamExistsOnlyUnderTheReloader() throws Exception {
        var response = get("/gradio_api/dev/reload");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(new String(response.body())).contains("only when the app runs under the reloader");
    }
}
