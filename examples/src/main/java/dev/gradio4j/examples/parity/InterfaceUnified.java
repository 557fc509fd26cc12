package dev.gradio4j.examples.parity;

import dev.gradio4j.Blocks;
import dev.gradio4j.FlaggingMode;
import dev.gradio4j.Gr;
import dev.gradio4j.Interface;
import dev.gradio4j.Textbox;
import java.util.Locale;

/**
 * An Interface whose one Textbox is both its input and its output: one column, its buttons under
 * the box; twin {@code parity/apps/interface_unified.py}.
 */
public final class InterfaceUnified {
    private InterfaceUnified() {}

    /** The text with its runs of spaces made one, capitalised as a sentence (Python's {@code str.capitalize}). */
    static String tidy(String text) {
        String spaced = String.join(" ", text.strip().split("\\s+"));
        return spaced.isEmpty() ? spaced : spaced.substring(0, 1).toUpperCase(Locale.ROOT) + spaced.substring(1).toLowerCase(Locale.ROOT);
    }

    public static Blocks app() {
        Textbox box = Gr.textbox().label("text");
        return Interface.of(InterfaceUnified::tidy, box, box)
                .clearLabel("Start over")
                .flaggingMode(FlaggingMode.MANUAL)
                .toBlocks();
    }

    public static void main(String[] args) {
        app().launch();
    }
}
