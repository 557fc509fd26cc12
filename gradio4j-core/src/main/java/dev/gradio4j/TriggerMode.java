package dev.gradio4j;

/** What the browser does when an event fires again while it is still pending. */
public enum TriggerMode {
    /** Ignore the new trigger (the default for most events). */
    ONCE,
    /** Run again for every trigger. */
    MULTIPLE,
    /** Run once more after the pending run, with the latest values (the default for change). */
    ALWAYS_LAST;
}
