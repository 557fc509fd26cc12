package dev.gradio4j;

import org.jspecify.annotations.Nullable;

/**
 * A button; its value is its label. Gradio's {@code gr.Button}.
 *
 * {@snippet class="dev.gradio4j.examples.snippets.BlocksSnippets" region="button"}
 */
public final class Button extends AbstractButton<Button> {
    private Button(String text) {
        super(text);
    }

    /** A button labelled "Run". */
    public static Button create() {
        return new Button("Run");
    }

    /** A button with the given text. */
    public static Button of(@Nullable String text) {
        return new Button(text);
    }
}
