package dev.gradio4j;

import dev.gradio4j.internal.app.Invoker;
import dev.gradio4j.internal.interpret.Interpreter;
import dev.gradio4j.internal.interpret.Interpreter.InputKind;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Why a classifier chose its class: an "Interpret" button under an {@link Interface}'s
 * {@link Label} output that shows, over each text or image input, how much each part of it
 * (a word; a patch of the image) raised the confidence of the top class (red) or lowered it
 * (blue), the strongest part at full intensity. Gradio 3's {@code interpretation=}, which later
 * Gradios dropped. Set it with {@link Interface#interpretation(Interpretation)}:
 *
 * {@snippet class="dev.gradio4j.examples.snippets.InterfaceSnippets" region="interpretation"}
 *
 * <p>The built-in methods run the interface's function again on the input with parts left out
 * (the other inputs as they are), one run after another within the Interpret event (queued like
 * any event, API name {@code "interpret"}): {@link #occlusion()} once per part,
 * {@link #shapley(int)} up to once per part for each sample. An interface whose output
 * is not a single {@link Label}, or with no {@link Textbox} or {@link Image} input, fails at
 * launch.
 */
public final class Interpretation {
    /**
     * An app's own interpretation. It gets the interface's inputs as its function does and
     * returns one value per text or image input, in order: for a {@link Textbox} a
     * {@code List<HighlightedText.Span>} (the whole text, scored words from -1 to 1); for an
     * {@link Image} a {@code double[][]} of scores from -1 to 1 by rows of the image (a grid of any
     * size, drawn over the image as the built-in methods draw theirs) or the image to show.
     */
    @FunctionalInterface
    public interface Custom extends Serializable {
        /** One interpretation per text or image input, in input order. */
        List<@Nullable Object> interpret(List<@Nullable Object> inputs) throws Exception;
    }

    private final Interpreter.Method method;

    private Interpretation(Interpreter.Method method) {
        this.method = method;
    }

    /** Leaves each part out in turn: a part's effect is the drop of the top class's confidence without it. */
    public static Interpretation occlusion() {
        return new Interpretation(new Interpreter.Occlusion());
    }

    /**
     * A Shapley-value estimate: each part's effect averaged over {@code samples} random orders of
     * adding the parts to an empty input, so that parts that only count together share the credit
     * (occlusion gives each of them all of it). Slower: up to one run per part and sample.
     *
     * @throws IllegalArgumentException when {@code samples} is less than 1
     */
    public static Interpretation shapley(int samples) {
        if (samples < 1) {
            throw new IllegalArgumentException("Interpretation.shapley(samples) needs at least 1 sample, not " + samples);
        }
        return new Interpretation(new Interpreter.Shapley(samples));
    }

    /** The app's own interpretation (see {@link Custom}). */
    public static Interpretation of(Custom custom) {
        return new Interpretation(new Interpreter.Custom(custom::interpret));
    }

    /**
     * The Interpret button and one view per text or image input, wired to {@code predict}: what
     * {@link Interface} puts under its outputs.
     *
     * @throws IllegalStateException when the output is not a Label, or no input can be interpreted
     */
    Column layoutFor(Invoker predict, List<Component<?, ?>> inputs, Output<?> output) {
        if (!(output instanceof Label)) {
            String given = output instanceof Component<?, ?> c ? c.getClass().getSimpleName() : "several outputs";
            throw new IllegalStateException("interpretation explains a classification, so the Interface's output must be one"
                    + " Label (Gr.label() or \"label\"), not " + given + ": return a Label, or remove .interpretation(...)");
        }
        List<InputKind> kinds = new ArrayList<>();
        List<Component<?, ?>> views = new ArrayList<>();
        for (Component<?, ?> input : inputs) {
            String name = input.label() != null ? input.label() : "input";
            if (input instanceof Textbox) {
                kinds.add(InputKind.TEXT);
                views.add(HighlightedText.create().label("Interpretation of " + name).elemClasses("interpretation"));
            } else if (input instanceof Image<?>) {
                kinds.add(InputKind.IMAGE);
                views.add(Image.create().label("Interpretation of " + name).interactive(false).elemClasses("interpretation"));
            } else {
                kinds.add(InputKind.FIXED);
            }
        }
        if (views.isEmpty()) {
            throw new IllegalStateException("interpretation leaves out parts of a text or an image, but this Interface has no"
                    + " Textbox or Image input: remove .interpretation(...)");
        }
        Button interpret = Button.of("Interpret");
        interpret.click(new Interpreter(predict, kinds, method), inputs, Outputs.of(views)).apiName("interpret");
        Column column = Column.of(interpret);
        views.forEach(column::add);
        return column;
    }
}
