package dev.gradio4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The font files the built-in themes' CSS names ({@code static/fonts/<Family>/<Family>-<Weight>.woff2},
 * relative to {@code /theme.css}) are served from the jar, and nothing else under {@code /static};
 * the built-in themes need no network, and a Google font is loaded from Google unless the server
 * has it in every weight, as Gradio serves those from its own files.
 */
class ThemeFontsTest {
    private static final Pattern ANY_URL = Pattern.compile("url\\(([^)]*)\\)");
    private static final Pattern FONT_URL = Pattern.compile("url\\('(static/fonts/[^']+)'\\)");
    private static final List<Theme> BUILT_IN = List.of(Theme.base(), Theme.defaultTheme(), Theme.origin(), Theme.citrus(),
            Theme.monochrome(), Theme.soft(), Theme.glass(), Theme.ocean());
    private static final HttpClient http = HttpClient.newHttpClient();
    private static Server server;

    @BeforeAll
    static void start() {
        server = Blocks.of(Markdown.of("hi")).launch(Launch.options().port(0).quiet(true));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<byte[]> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.url() + path)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void everyFontOfEveryBuiltInThemeIsServedAsWoff2() throws Exception {
        Set<String> urls = new TreeSet<>();
        for (Theme theme : BUILT_IN) {
            FONT_URL.matcher(theme.css()).results().forEach(found -> urls.add(found.group(1)));
        }
        // Gradio's seven local families; Glass names system fonts only.
        assertThat(urls).hasSize(13).contains("static/fonts/Montserrat/Montserrat-Bold.woff2", "static/fonts/Ubuntu/Ubuntu-Regular.woff2");
        for (String url : urls) {
            var font = get("/" + url);
            assertThat(font.statusCode()).as(url).isEqualTo(200);
            assertThat(font.headers().firstValue("content-type")).as(url).hasValue("font/woff2");
            assertThat(font.headers().firstValue("cache-control")).as(url).hasValue("public, max-age=31536000");
            assertThat(new String(Arrays.copyOf(font.body(), 4), StandardCharsets.US_ASCII)).as(url).isEqualTo("wOF2");
            assertThat(font.body().length).as(url).isGreaterThan(1000);
        }
    }

    @Test
    void aGoogleFontThatTheServerHasInEveryWeightIsServedFromItsOwnFiles() throws Exception {
        var theme = Theme.defaultTheme().font(Theme.Font.google("Quicksand", 400, 700), Theme.Font.google("Press Start 2P", 400));
        assertThat(theme.stylesheet().stylesheets()).isEmpty();
        var urls = FONT_URL.matcher(theme.css()).results().map(found -> found.group(1)).toList();
        // Then the mono stack's IBM Plex Mono, local in the Default theme.
        assertThat(urls).startsWith("static/fonts/Quicksand/Quicksand-Regular.woff2", "static/fonts/Quicksand/Quicksand-Bold.woff2",
                "static/fonts/PressStart2P/PressStart2P-Regular.woff2");
        for (String url : urls) {
            assertThat(get("/" + url).statusCode()).as(url).isEqualTo(200);
        }
    }

    @Test
    void theBuiltInThemesNeedNoNetwork() {
        for (Theme theme : BUILT_IN) {
            assertThat(theme.stylesheet().stylesheets()).as(theme.name()).isEmpty();
            assertThat(theme.css()).as(theme.name()).doesNotContain("@import");
            // What the CSS fetches: its fonts, beside the page; the rest is inline (the checkbox's SVG).
            assertThat(ANY_URL.matcher(theme.css()).results().map(found -> found.group(1)))
                    .as(theme.name()).allMatch(url -> url.startsWith("'static/fonts/") || url.startsWith("\"data:"));
        }
    }

    @Test
    void aGoogleFontIsLoadedFromGoogleAsTheUserChose() throws Exception {
        var theme = Theme.soft().font(Theme.Font.google("Quicksand"), Theme.Font.system("sans-serif"));
        String url = "https://fonts.googleapis.com/css2?family=Quicksand:wght@400;600&display=swap";
        try (var withGoogle = Blocks.of(Markdown.of("hi")).theme(theme).launch(Launch.options().port(0).quiet(true))) {
            var page = http.send(HttpRequest.newBuilder(URI.create(withGoogle.url() + "/")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(page.body()).contains("<link rel=\"stylesheet\" href=\"" + url.replace("&", "&amp;") + "\">");
            var config = http.send(HttpRequest.newBuilder(URI.create(withGoogle.url() + "/config")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(JsonMapper.builder().build().readValue(config.body(), Map.class))
                    .containsEntry("stylesheets", List.of(url));
        }
        var page = http.send(HttpRequest.newBuilder(URI.create(server.url() + "/")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.body()).doesNotContain("fonts.googleapis.com");
    }

    @Test
    void aFontIsServedUnderTheAppsRootPathToo() throws Exception {
        try (var behindProxy = Blocks.of(Markdown.of("hi")).launch(Launch.options().port(0).quiet(true).rootPath("/demo"))) {
            var font = http.send(HttpRequest.newBuilder(URI.create(behindProxy.url() + "/demo/static/fonts/Lora/Lora-SemiBold.woff2")).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(font.statusCode()).isEqualTo(200);
            assertThat(font.headers().firstValue("content-type")).hasValue("font/woff2");
        }
    }

    @Test
    void unknownFontsOtherFilesAndTraversalAre404() throws Exception {
        for (String path : List.of("/static/fonts/Montserrat/Montserrat-Black.woff2", "/static/fonts/Nope/Nope-Regular.woff2",
                "/static/fonts/Montserrat/Lora-Regular.woff2", "/static/fonts/Montserrat/LICENSE", "/static/fonts/Montserrat",
                "/static/fonts/", "/static/index.html", "/static/fonts/Montserrat/Montserrat-Regular.woff2.map",
                "/static/fonts/../index.html", "/static/fonts/Montserrat/../../../index.html")) {
            assertThat(get(path).statusCode()).as(path).isEqualTo(404);
        }
        // Jetty itself refuses an encoded slash or an encoded dot segment it cannot place (400)
        // before the route sees it; either way, nothing is served.
        for (String path : List.of("/static/fonts/..%2F..%2Findex.html", "/static/fonts/Montserrat%2FMontserrat-Regular.woff2",
                "/static/fonts/%2e%2e/%2e%2e/assets/index.js",
                "/static/fonts/Montserrat/..%2f..%2f..%2fconfig", "/static/fonts/%2e%2e%2f%2e%2e%2fassets%2findex.js",
                "/static/fonts/Montserrat/%252e%252e/Montserrat-Regular.woff2")) {
            assertThat(get(path).statusCode()).as(path).isIn(400, 404);
        }
    }
}
