package dev.gradio4j;

/** How a button is styled: Gradio's {@code variant}. */
public enum ButtonVariant {
    /** The main action, in the theme's accent colour. */
    PRIMARY("primary"),
    /** An ordinary action (the default). */
    SECONDARY("secondary"),
    /** A stopping or destructive action, in red. */
    STOP("stop"),
    /** Hugging Face's black style, for sign-in buttons. */
    HUGGINGFACE("huggingface");

    private final String wireName;

    ButtonVariant(String wireName) {
        this.wireName = wireName;
    }

    String wireName() {
        return wireName;
    }
}
