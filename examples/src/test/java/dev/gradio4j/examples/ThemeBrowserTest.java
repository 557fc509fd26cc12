package dev.gradio4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradio4j.Blocks;
import dev.gradio4j.Button;
import dev.gradio4j.ButtonVariant;
import dev.gradio4j.Gr;
import dev.gradio4j.Launch;
import dev.gradio4j.Server;
import dev.gradio4j.Theme;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Themes and the app's css, js and head on gradio4j's page, in Chromium ({@code src/test/js/themes.test.mjs}):
 * the theme gallery's default and Soft apps, and a styled app whose CSS aims at Gradio's class
 * names and at an element's id and classes; Soft's font is loaded from the server. The colours the page must show come from the themes
 * themselves ({@link Theme#value}), passed to the test as JSON. Screenshots land in
 * {@code target/screenshots/themes}.
 */
class ThemeBrowserTest {
    @Test
    void themesAndTheAppsStylesApplyOnThePage() throws Exception {
        Theme styledTheme = Theme.soft().set("body_background_fill", "rgb(1, 2, 3)").set("body_background_fill_dark", "rgb(4, 5, 6)");
        var styled = Blocks.of(Gr.textbox().label("Greeting").elemId("greeting").elemClasses("shout", "wide"),
                        Button.of("Go").variant(ButtonVariant.PRIMARY))
                .theme(styledTheme)
                .css(".gradio-container { max-width: 900px; } #greeting { outline: 3px solid rgb(0, 128, 0); }"
                        + " .shout textarea, .shout input { text-transform: uppercase; }")
                .js("() => { document.body.dataset.appJs = 'ran'; }")
                .head("<script>window.headRan = true;</script>");
        Launch options = Launch.options().port(0).quiet(true);
        try (Server defaults = ThemeGallery.app("default", Theme.defaultTheme(), Map.of()).launch(options);
             Server soft = ThemeGallery.app("soft", Theme.soft(), Map.of()).launch(options);
             Server styledServer = styled.launch(options)) {
            String expected = tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(Map.of(
                    "default", colours(Theme.defaultTheme()), "soft", colours(Theme.soft()), "styled", colours(styledTheme)));
            ProcessBuilder builder = new ProcessBuilder("node", "--test", "--test-reporter=spec", "--test-concurrency=1", "themes.test.mjs")
                    .directory(Path.of("src/test/js").toFile()).redirectErrorStream(true);
            builder.environment().put("DEFAULT_URL", defaults.url());
            builder.environment().put("SOFT_URL", soft.url());
            builder.environment().put("STYLED_URL", styledServer.url());
            builder.environment().put("EXPECTED", expected);
            builder.environment().put("SCREENSHOTS", Path.of("target/screenshots/themes").toAbsolutePath().toString());
            builder.environment().putIfAbsent("CHROMIUM", "/usr/bin/chromium");
            Process node = builder.start();
            node.getOutputStream().close();
            String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(node.waitFor(3, TimeUnit.MINUTES)).as("node finished").isTrue();
            System.out.println(output);
            assertThat(node.exitValue()).as("node --test exit code; its output:\n" + output).isZero();
            assertThat(output).contains("pass 5").contains("fail 0");
        }
    }

    /** The colours a theme gives the page's background and primary button, light and dark. */
    private static Map<String, String> colours(Theme theme) {
        return Map.of("body", theme.value("body_background_fill"), "bodyDark", theme.value("body_background_fill_dark"),
                "primary", theme.value("button_primary_background_fill"),
                "primaryDark", theme.value("button_primary_background_fill_dark"));
    }
}
