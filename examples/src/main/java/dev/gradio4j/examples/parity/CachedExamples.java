package dev.gradio4j.examples.parity;

import dev.gradio4j.Blocks;
import dev.gradio4j.FlaggingMode;
import dev.gradio4j.Gr;
import dev.gradio4j.Interface;
import java.util.Collections;
import java.util.List;

/**
 * An Interface whose examples are cached at start (eager), shown by their labels, the first
 * preloaded when the page opens; twin {@code parity/apps/cached_examples.py}.
 */
public final class CachedExamples {
    private CachedExamples() {}

    static String repeat(String word, Double times) {
        return String.join(" ", Collections.nCopies(times.intValue(), word.strip()));
    }

    public static Blocks app() {
        return Interface.of(CachedExamples::repeat, Gr.textbox().label("word"), Gr.number().precision(0).label("times"),
                        Gr.textbox().label("repeated"))
                .examples(List.of(List.of("echo", 3), List.of("hello", 1), List.of("ping", 2)))
                .exampleLabels("Three echoes", "One hello", "Two pings")
                .cacheExamples(true)
                .flaggingMode(FlaggingMode.NEVER).toBlocks();
    }

    public static void main(String[] args) {
        app().launch();
    }
}
