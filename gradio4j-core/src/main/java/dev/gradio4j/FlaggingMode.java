package dev.gradio4j;

/** When an {@link Interface} flags its runs; Gradio's {@code flagging_mode}. */
public enum FlaggingMode {
    /** No Flag button; nothing is logged. */
    NEVER,
    /** A Flag button (one per {@link Interface#flaggingOptions option}) logs the current inputs and outputs (the default). */
    MANUAL,
    /** Every successful run is logged, without a button. */
    AUTO;
}
