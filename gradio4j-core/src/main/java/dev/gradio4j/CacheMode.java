package dev.gradio4j;

/**
 * When cached examples run their function: Gradio's {@code cache_mode}. Either way the outputs
 * are kept on disk and reused across restarts, so an example runs once for a given function and
 * inputs; see {@link Dataset#cache(CacheMode)}.
 */
public enum CacheMode {
    /** Every example runs when the app starts, with its progress printed in the terminal. */
    EAGER,
    /** An example runs when it is first clicked (by any user); later clicks get the stored outputs. */
    LAZY
}
