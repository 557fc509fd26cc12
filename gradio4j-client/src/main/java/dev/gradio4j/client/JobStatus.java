package dev.gradio4j.client;

import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Where a {@link Job} is: its stage, and, as the app tells them, its place in the queue, the
 * time it expects, and the function's progress.
 *
 * @param stage where the job is
 * @param queuePosition how many jobs are ahead of it (0: it is next), while queued
 * @param queueSize how many jobs wait in the app's queue, while queued
 * @param eta how long the app expects until the job ends (queued: until it starts), when it says
 * @param progress the function's progress while it runs, outermost first; empty when it reports none
 */
public record JobStatus(Stage stage, @Nullable Integer queuePosition, @Nullable Integer queueSize, @Nullable Duration eta,
                        List<ProgressUnit> progress) {

    public JobStatus {
        progress = List.copyOf(progress);
    }

    /** The stages of a job, in the order it goes through them. */
    public enum Stage {
        /** Sent to the app, which has not said more yet. */
        SENT,
        /** Waiting in the app's queue. */
        QUEUED,
        /** The function runs (and may stream outputs). */
        RUNNING,
        /** Done, with a result. */
        FINISHED,
        /** Done, without a result: the function failed or the app refused the call. */
        FAILED,
        /** Stopped by {@link Job#cancel()} or by the app. */
        CANCELLED;

        /** Whether the job has ended, one way or the other. */
        public boolean isDone() {
            return this == FINISHED || this == FAILED || this == CANCELLED;
        }
    }

    static JobStatus of(Stage stage) {
        return new JobStatus(stage, null, null, null, List.of());
    }
}
