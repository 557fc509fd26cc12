package dev.gradio4j.client;

import org.jspecify.annotations.Nullable;

/**
 * One level of the progress a running function reports ({@code gr.Progress} in Python,
 * {@code Progress} in gradio4j); nested loops ({@code tqdm} inside {@code tqdm}) give several.
 *
 * @param index how many steps are done, when counted
 * @param length how many steps there are, when known
 * @param unit what a step is ({@code "steps"}, {@code "files"}), or null
 * @param fraction how much is done, from 0 to 1, when the function gave a fraction
 * @param description the function's words ({@code "step 2 of 5"}), or null
 */
public record ProgressUnit(@Nullable Integer index, @Nullable Integer length, @Nullable String unit,
                           @Nullable Double fraction, @Nullable String description) {}
