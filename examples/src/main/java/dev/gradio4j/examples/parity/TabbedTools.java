package dev.gradio4j.examples.parity;

import dev.gradio4j.Blocks;
import dev.gradio4j.FlaggingMode;
import dev.gradio4j.Gr;
import dev.gradio4j.Interface;
import dev.gradio4j.TabbedInterface;
import java.util.List;

/** Modelled on Gradio's {@code tabbed_interface_lite} demo: two interfaces in tabs; twin {@code parity/apps/tabbed_interface.py}. */
public final class TabbedTools {
    private TabbedTools() {}

    static String shout(String text) {
        return text.toUpperCase() + "!";
    }

    static String mirror(String text) {
        return new StringBuilder(text).reverse().toString();
    }

    public static Blocks app() {
        var shout = Interface.of(TabbedTools::shout, Gr.textbox().label("text"), Gr.textbox().label("shouted")).flaggingMode(FlaggingMode.NEVER);
        var mirror = Interface.of(TabbedTools::mirror, Gr.textbox().label("text"), Gr.textbox().label("mirrored")).flaggingMode(FlaggingMode.NEVER);
        return TabbedInterface.of(List.of(shout, mirror), List.of("Shout", "Mirror")).title("Text tools").toBlocks();
    }

    public static void main(String[] args) {
        app().launch();
    }
}
