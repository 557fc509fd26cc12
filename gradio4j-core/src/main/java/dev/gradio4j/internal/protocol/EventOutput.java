package dev.gradio4j.internal.protocol;

import java.util.List;

/**
 * The {@code output} of {@code process_generating} and {@code process_completed}, one record per
 * shape Gradio sends (written in snake_case, as every protocol record).
 */
public sealed interface EventOutput {

    /** A streamed step: only {@code data}, the one field both clients read, so a token costs few bytes. */
    record Streamed(List<Object> data) implements EventOutput {}

    /** A finished event's outputs, with its timing. */
    record Success(List<Object> data, boolean isGenerating, double duration, double averageDuration, Object renderConfig,
                   List<Object> changedStateIds, Object usedCache) implements EventOutput {
        public static Success of(List<Object> data, double seconds, Double average) {
            return new Success(data, false, seconds, average != null ? average : seconds, null, List.of(), null);
        }
    }

    /**
     * An error the user is told about as the app said: a {@code GradioError}, an empty input, a
     * cancel. {@code duration} is the toast's seconds (null: until closed).
     */
    record UserError(String error, Object duration, boolean visible, String title) implements EventOutput {
        public static final UserError CANCELLED = new UserError("The event was cancelled.", null, false, "Cancelled");
    }

    /** Any other exception, its message shown ({@code showError}). */
    record ShownError(String error, boolean visible) implements EventOutput {}

    /** Any other exception, its message kept from the user: {@code error} is null, as Gradio's. */
    record HiddenError(Object error) implements EventOutput {
        public static final HiddenError INSTANCE = new HiddenError(null);
    }
}
