package dev.gradio4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/** Themes and the page's css, js and head, as a launched app serves them. */
class ThemeTest {
    private static final HttpClient http = HttpClient.newHttpClient();

    private static HttpResponse<String> get(Server server, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.url() + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> config(Server server) throws Exception {
        return JsonMapper.builder().build().readValue(get(server, "/config").body(), Map.class);
    }

    @Test
    void anAppWithoutAThemeServesTheDefaultOneAsThemeCss() throws Exception {
        try (var server = Blocks.of(Markdown.of("hi")).launch(Launch.options().port(0).quiet(true))) {
            var css = get(server, "/theme.css");
            assertThat(css.statusCode()).isEqualTo(200);
            assertThat(css.headers().firstValue("content-type")).contains("text/css; charset=utf-8");
            assertThat(css.body()).isEqualTo(Theme.defaultTheme().css()).contains("--button-primary-background-fill: var(--primary-500);");
            assertThat(get(server, "/gradio_api/theme.css").body()).isEqualTo(css.body());
            var gzipped = http.send(HttpRequest.newBuilder(URI.create(server.url() + "/theme.css")).header("Accept-Encoding", "gzip").build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            assertThat(gzipped.headers().firstValue("content-encoding")).contains("gzip");
            try (var in = new java.util.zip.GZIPInputStream(gzipped.body())) {
                assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(css.body());
            }
            var config = config(server);
            assertThat(config).containsEntry("theme", "default").containsEntry("theme_hash", Theme.defaultTheme().stylesheet().hash());
            assertThat(config.get("body_css")).isEqualTo(Map.of("body_background_fill", "white", "body_text_color", "#27272a",
                    "body_background_fill_dark", "#0f0f11", "body_text_color_dark", "#f4f4f5"));
            assertThat(get(server, "/").body()).contains("<link rel=\"stylesheet\" id=\"gradio4j-theme\" href=\"theme.css?v="
                    + Theme.defaultTheme().stylesheet().hash() + "\">");
        }
    }

    @Test
    void theThemeOfAnInterfaceWithItsOverridesIsServedAndALaunchThemeWinsOverIt() throws Exception {
        var theme = Theme.soft().primaryHue(Theme.Hue.GREEN).set("button_primary_background_fill", "#123456")
                .set("body_background_fill_dark", "*primary_900");
        var app = Interface.of((String s) -> s, "text", "text").theme(theme).css(".gradio-container {max-width: 900px}");
        try (var server = app.launch(Launch.options().port(0).quiet(true))) {
            String css = get(server, "/theme.css").body();
            assertThat(css).contains("--name: soft;").contains("--primary-500: #22c55e;")
                    .contains("--button-primary-background-fill: #123456;");
            assertThat(css.substring(css.indexOf(":root.dark"))).contains("--body-background-fill: var(--primary-900);");
            var config = config(server);
            assertThat(config).containsEntry("theme", "soft").containsEntry("css", ".gradio-container {max-width: 900px}");
            assertThat(((Map<?, ?>) config.get("body_css")).get("body_background_fill_dark")).isEqualTo("#14532d");
        }
        try (var server = app.launch(Launch.options().port(0).quiet(true).theme(Theme.ocean()))) {
            assertThat(get(server, "/theme.css").body()).isEqualTo(Theme.ocean().css());
            assertThat(config(server)).containsEntry("theme", "ocean");
        }
    }

    @Test
    void cssJsAndHeadFilesAreReadAtLaunchAfterTheirTextForms(@TempDir Path dir) throws Exception {
        Path css = Files.writeString(dir.resolve("style.css"), "#out { color: red }");
        Path head = Files.writeString(dir.resolve("head.html"), "<meta name=\"from-file\" content=\"1\">");
        Path js = Files.writeString(dir.resolve("app.js"), "() => { document.title = 'from js'; }");
        var app = Blocks.of(Markdown.of("hi")).css("h1 { color: blue }").cssPaths(css).head("<meta name=\"a\">").headPaths(head).jsPath(js);
        try (var server = app.launch(Launch.options().port(0).quiet(true))) {
            var config = config(server);
            assertThat(config).containsEntry("css", "h1 { color: blue }\n#out { color: red }")
                    .containsEntry("head", "<meta name=\"a\">\n<meta name=\"from-file\" content=\"1\">")
                    .containsEntry("js", "() => { document.title = 'from js'; }");
            assertThat(get(server, "/").body()).contains("h1 { color: blue }\n#out { color: red }</style>")
                    .contains("<meta name=\"from-file\" content=\"1\">");
        }
    }

    @Test
    void aMissingCssFileFailsTheLaunchNamingIt(@TempDir Path dir) {
        Path missing = dir.resolve("nowhere.css");
        assertThatThrownBy(() -> ChatInterface.of((String message, java.util.List<ChatMessage> history) -> message).cssPaths(missing)
                .launch(Launch.options().port(0).quiet(true)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(missing.toString()).hasMessageContaining("cssPaths")
                .hasMessageContaining("does not exist");
        assertThatThrownBy(() -> Blocks.of(Markdown.of("hi")).launch(Launch.options().port(0).quiet(true).headPaths(missing)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("headPaths");
    }

    @Test
    void aThemeVariableThatDoesNotExistIsAnErrorSuggestingTheNearest() {
        assertThatThrownBy(() -> Theme.soft().set("button_primary_backgroud_fill", "red"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("there is no theme variable 'button_primary_backgroud_fill'; did you mean 'button_primary_background_fill'?");
        assertThatThrownBy(() -> Theme.soft().set("body_background_fill", "*primery_500"))
                .hasMessageContaining("refers to '*primery_500'").hasMessageContaining("did you mean 'primary_500'?");
        assertThatThrownBy(() -> Theme.soft().set("input_padding_dark", "4px")).hasMessageContaining("'input_padding' has no dark-mode value");
        assertThatThrownBy(() -> Theme.soft().set("body_background_fill", "*neutral_950_dark")).hasMessageContaining("refer to the light name");
        assertThatThrownBy(() -> Theme.soft().set("primary_500", "red")).hasMessageContaining("primaryHue");
        assertThatThrownBy(() -> Theme.soft().set("body_text_color", null)).hasMessageContaining("needs a value");
        assertThatThrownBy(() -> Theme.named("dracula")).hasMessageContaining("the built-in themes are base, default, origin");
        assertThat(Theme.named("Soft")).isEqualTo(Theme.soft());
        assertThat(Theme.defaultTheme().value("button_primary_background_fill")).isEqualTo("#f97316");
    }
}
