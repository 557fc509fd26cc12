package dev.gradio4j;

import org.jspecify.annotations.Nullable;

/**
 * An error meant for the user: thrown by a handler, its message reaches the browser (as a toast)
 * and API clients, as Gradio's {@code gr.Error}. Any other exception is reported as a generic
 * error unless the app launched with {@link Launch#showError(boolean) showError}.
 *
 * {@snippet class="dev.gradio4j.examples.snippets.HandlerSnippets" region="error"}
 */
public class GradioError extends RuntimeException {
    private final @Nullable String title;
    private final @Nullable Double duration;
    private final boolean visible;

    /** An error with the given message, titled "Error", shown for 10 seconds. */
    public GradioError(String message) {
        this(message, "Error", 10.0, true);
    }

    /**
     * An error with every detail.
     *
     * @param duration seconds the toast stays, or null to keep it until closed
     * @param visible  whether the browser shows it
     */
    public GradioError(String message, @Nullable String title, @Nullable Double duration, boolean visible) {
        super(message);
        this.title = title;
        this.duration = duration;
        this.visible = visible;
    }

    /** The toast's title. */
    public @Nullable String title() {
        return title;
    }

    /** Seconds the toast stays, or null. */
    public @Nullable Double duration() {
        return duration;
    }

    /** Whether the browser shows it. */
    public boolean visible() {
        return visible;
    }
}
