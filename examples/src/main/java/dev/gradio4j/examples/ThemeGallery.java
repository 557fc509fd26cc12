package dev.gradio4j.examples;

import dev.gradio4j.Blocks;
import dev.gradio4j.Button;
import dev.gradio4j.ButtonVariant;
import dev.gradio4j.Gr;
import dev.gradio4j.Launch;
import dev.gradio4j.Markdown;
import dev.gradio4j.Row;
import dev.gradio4j.Server;
import dev.gradio4j.Theme;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Gradio's built-in themes side by side: the same small app once per theme, each on a port of
 * its own (a theme is the whole page's), linking to the others. Run with
 * {@code examples/run themes}; add {@code ?__theme=dark} to a URL for dark mode.
 */
public final class ThemeGallery {
    /** The built-in themes, by their Gradio names. */
    public static final Map<String, Theme> THEMES = builtIn();

    private ThemeGallery() {}

    private static Map<String, Theme> builtIn() {
        Map<String, Theme> themes = new LinkedHashMap<>();
        for (String name : List.of("default", "origin", "citrus", "monochrome", "soft", "glass", "ocean")) {
            themes.put(name, Theme.named(name));
        }
        return themes;
    }

    /** The sample app in {@code theme}; its header lists {@code others} (theme name to URL) once they are known. */
    public static Blocks app(String name, Theme theme, Map<String, String> others) {
        var header = Markdown.of("# " + name);
        var text = Gr.textbox().label("Text").placeholder("Type something");
        var shout = Gr.textbox().label("Shouted");
        var go = Button.of("Shout").variant(ButtonVariant.PRIMARY);
        go.click((String s) -> s == null ? "" : s.toUpperCase() + "!", text, shout);
        var app = Blocks.of(header,
                Row.of(text, shout),
                Row.of(Gr.slider(0, 100).label("Volume"), Gr.checkbox().label("Loud"),
                        Gr.radio("small", "medium", "large").label("Size"), Gr.dropdown("red", "green", "blue").label("Colour")),
                Row.of(go, Button.of("Secondary"), Button.of("Stop").variant(ButtonVariant.STOP)),
                Markdown.of("Some *prose*, a [link](https://www.gradio.app) and `code`."))
                .title(name + " theme")
                .theme(theme);
        app.load(() -> "# " + name + "\n" + others.entrySet().stream().filter(e -> !e.getKey().equals(name))
                .map(e -> "[" + e.getKey() + "](" + e.getValue() + ")").collect(Collectors.joining(" · ")), header);
        return app;
    }

    public static void main(String[] args) {
        Map<String, String> urls = new LinkedHashMap<>();
        for (var theme : THEMES.entrySet()) {
            Server server = app(theme.getKey(), theme.getValue(), urls).launch(Launch.options().port(0).quiet(true));
            urls.put(theme.getKey(), server.url());
        }
        urls.forEach((name, url) -> System.out.println(name + ": " + url));
    }
}
