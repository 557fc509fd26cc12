package dev.gradio4j.examples.parity;

import dev.gradio4j.Blocks;
import dev.gradio4j.FlaggingMode;
import dev.gradio4j.Gr;
import dev.gradio4j.Interface;

/** Modelled on Gradio's live interface demos: it runs as the word changes, with an additional input; twin {@code parity/apps/interface_live.py}. */
public final class InterfaceLive {
    private InterfaceLive() {}

    static String repeat(String word, Double times) {
        return String.join(" ", java.util.Collections.nCopies(times.intValue(), word));
    }

    public static Blocks app() {
        var times = Gr.slider(1, 5).step(1).value(2.0).label("times");
        return Interface.of(InterfaceLive::repeat, Gr.textbox().label("word"), times, Gr.textbox().label("repeated"))
                .additionalInputs(times)
                .live(true)
                .flaggingMode(FlaggingMode.NEVER)
                .toBlocks();
    }

    public static void main(String[] args) {
        app().launch();
    }
}
