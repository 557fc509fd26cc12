package dev.gradio4j.examples.parity;

import dev.gradio4j.Blocks;
import dev.gradio4j.Button;
import dev.gradio4j.Gr;
import dev.gradio4j.Markdown;
import dev.gradio4j.Tab;
import dev.gradio4j.Tabs;
import java.util.Locale;

/** Modelled on Gradio's {@code blocks_flipper} demo (text only): tabs of text tools; twin {@code parity/apps/blocks_flipper.py}. */
public final class BlocksFlipper {
    private BlocksFlipper() {}

    static String reverse(String text) {
        return new StringBuilder(text).reverse().toString();
    }

    static String shout(String text) {
        return text.toUpperCase(Locale.ROOT) + "!";
    }

    public static Blocks app() {
        var forward = Gr.textbox().label("forward");
        var backward = Gr.textbox().label("backward");
        var reverseButton = Button.of("Reverse");
        var quiet = Gr.textbox().label("quiet");
        var loud = Gr.textbox().label("loud");
        var shoutButton = Button.of("Shout");
        reverseButton.click(BlocksFlipper::reverse, forward, backward);
        shoutButton.click(BlocksFlipper::shout, quiet, loud);
        return Blocks.of(
                Markdown.of("Turn text around or make it loud."),
                Tabs.of(Tab.of("Reverse", forward, backward, reverseButton), Tab.of("Shout", quiet, loud, shoutButton)));
    }

    public static void main(String[] args) {
        app().launch();
    }
}
