package dev.gradio4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Each built-in theme, built by gradio4j, against what the real Gradio 6.31 serves for it
 * (fixtures/themes, recorded by src/test/python/record_theme_fixtures.py): the same variables
 * with the same values, light and dark, then the same stylesheet byte for byte, so the config's
 * theme_hash is Gradio's too; and the same body_css, name and font stylesheets.
 */
class ThemeFixturesTest {
    private static final Pattern VARIABLE = Pattern.compile("^\\s*--([^:]+): (.*);$", Pattern.MULTILINE);

    static Stream<Arguments> cases() {
        Map<String, Supplier<Theme>> cases = new LinkedHashMap<>();
        cases.put("base", Theme::base);
        cases.put("default", Theme::defaultTheme);
        cases.put("origin", Theme::origin);
        cases.put("citrus", Theme::citrus);
        cases.put("monochrome", Theme::monochrome);
        cases.put("soft", Theme::soft);
        cases.put("glass", Theme::glass);
        cases.put("ocean", Theme::ocean);
        cases.put("soft-green-sm", () -> Theme.soft().primaryHue(Theme.Hue.GREEN).neutralHue(Theme.Hue.SLATE)
                .radiusSize(Theme.Size.RADIUS_SM).textSize(Theme.Size.TEXT_LG).spacingSize(Theme.Size.SPACING_SM));
        cases.put("default-set", () -> Theme.defaultTheme().set("button_primary_background_fill", "#ff0000")
                .set("button_primary_background_fill_dark", "*neutral_700").set("body_background_fill", "*primary_50"));
        cases.put("google-fonts", () -> Theme.defaultTheme()
                .font(Theme.Font.google("Quicksand", 400, 700), Theme.Font.google("Lexend"), Theme.Font.system("sans-serif"))
                .fontMono(Theme.Font.google("Inconsolata"), Theme.Font.system("monospace")));
        return cases.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theThemeIsGradios(String fixtureName, Supplier<Theme> make) throws Exception {
        Map<String, Object> fixture = fixture(fixtureName);
        String theirs = (String) fixture.get("css");
        var stylesheet = make.get().stylesheet();

        assertThat(variables(stylesheet.css(), false)).as("the light variables").containsExactlyEntriesOf(variables(theirs, false));
        assertThat(variables(stylesheet.css(), true)).as("the dark variables").containsExactlyEntriesOf(variables(theirs, true));
        assertThat(stylesheet.css()).as("the whole stylesheet").isEqualTo(theirs);

        @SuppressWarnings("unchecked")
        var config = (Map<String, Object>) fixture.get("config");
        assertThat(stylesheet.name()).isEqualTo(config.get("theme"));
        assertThat(stylesheet.hash()).isEqualTo(config.get("theme_hash"));
        assertThat(stylesheet.bodyCss()).isEqualTo(config.get("body_css"));
        assertThat(stylesheet.stylesheets()).isEqualTo(config.get("stylesheets"));
    }

    /** The variables of the :root block, or of the dark one, in order. */
    private static Map<String, String> variables(String css, boolean dark) {
        int darkStart = css.indexOf(":root.dark");
        String block = dark ? css.substring(darkStart) : css.substring(0, darkStart);
        Map<String, String> variables = new LinkedHashMap<>();
        var matcher = VARIABLE.matcher(block);
        while (matcher.find()) {
            variables.put(matcher.group(1), matcher.group(2));
        }
        assertThat(variables).as("variables found").isNotEmpty();
        return variables;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> fixture(String name) throws Exception {
        try (InputStream in = ThemeFixturesTest.class.getResourceAsStream("/fixtures/themes/" + name + ".json")) {
            return JsonMapper.builder().build().readValue(in, Map.class);
        }
    }
}
