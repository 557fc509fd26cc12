package dev.gradio4j;

/** How much loading state the browser shows on an event's outputs while it runs. */
public enum ShowProgress {
    /** Spinner, queue position, ETA and progress bars (the default). */
    FULL,
    /** A thin progress indicator only. */
    MINIMAL,
    /** Nothing. */
    HIDDEN;
}
