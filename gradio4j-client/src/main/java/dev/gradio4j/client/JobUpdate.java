package dev.gradio4j.client;

import org.jspecify.annotations.Nullable;

/**
 * Something a {@link Job} learned from the app, in the order it came: a new status, outputs
 * (several for a function that streams), or a message the function showed the user.
 *
 * {@snippet class="dev.gradio4j.examples.snippets.ClientSnippets" region="updates"}
 */
public sealed interface JobUpdate {

    /** The job's status changed (queued, started, progressed, ended). */
    record Status(JobStatus status) implements JobUpdate {}

    /**
     * Outputs: a streaming function's step, or the final result ({@code last}).
     *
     * @param result the outputs, as {@link Job#result()} gives the last
     * @param last whether this is the job's result rather than a step
     */
    record Output(Result result, boolean last) implements JobUpdate {}

    /**
     * A message the function showed the user ({@code gr.Info}, {@code gr.Warning}).
     *
     * @param level {@code "info"}, {@code "warning"} or {@code "success"}, as the app said
     * @param message the text
     * @param title the title, or null
     */
    record Log(String level, String message, @Nullable String title) implements JobUpdate {}
}
