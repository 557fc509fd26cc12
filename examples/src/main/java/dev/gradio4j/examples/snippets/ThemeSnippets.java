package dev.gradio4j.examples.snippets;

import dev.gradio4j.Gr;
import dev.gradio4j.Interface;
import dev.gradio4j.Launch;
import dev.gradio4j.Theme;

/**
 * The examples in the Javadoc of {@code Theme}: how an app gets its look. Each method launches
 * a server, so nobody calls them: they only have to compile.
 */
public final class ThemeSnippets {
    private ThemeSnippets() {}

    static void theme() {
        // @start region="theme"
        var theme = Theme.soft()
                .primaryHue(Theme.Hue.GREEN)
                .set("button_primary_background_fill", "*primary_600")
                .set("body_background_fill_dark", "*neutral_900");
        Interface.of((String name) -> "Hello " + name + "!", Gr.textbox(), Gr.textbox())
                .theme(theme)
                .css(".gradio-container {max-width: 900px}")
                .launch();
        // @end
    }

    static void onLaunch() {
        // @start region="launch"
        Interface.of((String text) -> text.toUpperCase(), "text", "text")
                .launch(Launch.options().theme(Theme.ocean()).cssPaths(java.nio.file.Path.of("style.css")));
        // @end
    }
}
