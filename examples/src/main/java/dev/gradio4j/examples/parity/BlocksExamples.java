package dev.gradio4j.examples.parity;

import dev.gradio4j.Blocks;
import dev.gradio4j.Button;
import dev.gradio4j.Examples;
import dev.gradio4j.Gr;
import java.util.List;
import java.util.Locale;

/** Modelled on Gradio's {@code calculator_blocks} demo: examples in Blocks that run their function; twin {@code parity/apps/blocks_examples.py}. */
public final class BlocksExamples {
    private BlocksExamples() {}

    static String translate(String word) {
        String lower = word.strip().toLowerCase(Locale.ROOT);
        if (lower.isEmpty()) {
            return "";
        }
        for (int i = 0; i < lower.length(); i++) {
            if ("aeiou".indexOf(lower.charAt(i)) >= 0) {
                return i == 0 ? lower + "way" : lower.substring(i) + lower.substring(0, i) + "ay";
            }
        }
        return lower + "ay";
    }

    public static Blocks app() {
        var word = Gr.textbox().label("word");
        var translated = Gr.textbox().label("pig latin");
        var go = Button.of("Translate");
        go.click(BlocksExamples::translate, word, translated);
        var examples = Examples.of(BlocksExamples::translate, word, translated, List.of("string", "apple", "rhythm"));
        return Blocks.of(word, translated, go, examples);
    }

    public static void main(String[] args) {
        app().launch();
    }
}
