package dev.gradio4j.examples.snippets;

import dev.gradio4j.Gr;
import dev.gradio4j.Interface;
import dev.gradio4j.Parallel;
import dev.gradio4j.Series;
import dev.gradio4j.TabbedInterface;
import java.util.ArrayList;
import java.util.List;

/**
 * The examples in the Javadoc of {@code TabbedInterface}, {@code Parallel}, {@code Series} and
 * {@code Interface.batch}: apps made of other apps, and a function that runs on batches. A test
 * serves them.
 */
public final class ComposeSnippets {
    private ComposeSnippets() {}

    static String shout(String text) {
        return text.toUpperCase() + "!";
    }

    static String mirror(String text) {
        return new StringBuilder(text).reverse().toString();
    }

    /** Two tools, each in a tab. */
    public static TabbedInterface tabbed() {
        // @start region="tabbed"
        var shout = Interface.of(ComposeSnippets::shout, Gr.textbox().label("text"), Gr.textbox().label("shouted"));
        var mirror = Interface.of(ComposeSnippets::mirror, Gr.textbox().label("text"), Gr.textbox().label("mirrored"));
        var app = TabbedInterface.of(List.of(shout, mirror), List.of("Shout", "Mirror")).title("Text tools");
        // @end
        return app;
    }

    /** Two functions of one text, side by side. */
    public static Interface parallel() {
        // @start region="parallel"
        var shout = Interface.of(ComposeSnippets::shout, Gr.textbox().label("text"), Gr.textbox().label("shouted"));
        var mirror = Interface.of(ComposeSnippets::mirror, Gr.textbox().label("text"), Gr.textbox().label("mirrored"));
        var both = Parallel.of(shout, mirror).title("Shout or mirror?");
        // @end
        return both;
    }

    /** One function's output into the next one's input. */
    public static Interface series() {
        // @start region="series"
        var mirror = Interface.of(ComposeSnippets::mirror, Gr.textbox().label("text"), Gr.textbox().label("mirrored"));
        var shout = Interface.of(ComposeSnippets::shout, Gr.textbox().label("text"), Gr.textbox().label("shouted"));
        var mirrorThenShout = Series.of(mirror, shout);
        // @end
        return mirrorThenShout;
    }

    /** A function that measures a batch of texts at once. */
    public static Interface batch() {
        // @start region="batch"
        var lengths = Interface.of(args -> {
            List<?> texts = (List<?>) args.getFirst(); // the batch's texts
            List<Double> sizes = new ArrayList<>();
            for (Object text : texts) {
                sizes.add((double) text.toString().length());
            }
            return List.of(sizes); // one list per output
        }, List.of(Gr.textbox().label("text")), List.of(Gr.number().label("length"))).batch(8);
        // @end
        return lengths;
    }
}
