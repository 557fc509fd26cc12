package dev.gradio4j;

import org.jspecify.annotations.Nullable;

/**
 * An output's payload as a cached example stored it, already in wire form: sent as it is, not
 * postprocessed again (Gradio's {@code postprocess=False} on its cached examples' event).
 */
record CachedOutput(@Nullable Object payload) {}
