package dev.gradio4j.examples.parity;

import dev.gradio4j.Blocks;
import dev.gradio4j.FlaggingMode;
import dev.gradio4j.Gr;
import dev.gradio4j.Interface;
import java.util.ArrayList;
import java.util.List;

/** Modelled on Gradio's batch demo: a function that runs on batches of requests; twin {@code parity/apps/interface_batch.py}. */
public final class InterfaceBatch {
    private InterfaceBatch() {}

    /** The lengths of a batch of texts: one list for the one output. */
    static List<List<Double>> measure(List<Object> args) {
        List<Double> lengths = new ArrayList<>();
        for (Object text : (List<?>) args.getFirst()) {
            lengths.add((double) text.toString().length());
        }
        return List.of(lengths);
    }

    public static Blocks app() {
        return Interface.of(InterfaceBatch::measure, List.of(Gr.textbox().label("text")), List.of(Gr.number().label("length")))
                .batch(4)
                .flaggingMode(FlaggingMode.NEVER)
                .toBlocks();
    }

    public static void main(String[] args) {
        app().launch();
    }
}
