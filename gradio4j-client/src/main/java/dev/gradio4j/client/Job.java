package dev.gradio4j.client;

import dev.gradio4j.client.GradioClientException.Kind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * One call of an endpoint, running in the app: {@link Client#submit(String, Object...)} answers
 * it at once, and it reports its {@link #status()}, its {@link JobUpdate}s (queue position,
 * progress, every step of a streaming function) and at last its {@link #result()}.
 *
 * {@snippet class="dev.gradio4j.examples.snippets.ClientSnippets" region="job"}
 *
 * <p>Each iteration ({@link #iterator()}, {@link #updates()}, {@link #outputs()}) starts from the
 * first update and waits for the next ones until the job ends, so a job keeps every update
 * while it lives. Thread-safe: the updates come on the client's reader thread.
 */
public final class Job implements Iterable<JobUpdate> {
    private final String endpoint;
    private final AppConfig.Dependency dependency;
    private final AppConfig app;
    private final RemoteFile.FileSource files;
    private final Cancelling cancelling;
    private final CompletableFuture<Result> result = new CompletableFuture<>();
    /** Guards the updates and the status; private, so that no caller's lock can stall the reader. */
    private final Object lock = new Object();
    private final List<JobUpdate> updates = new ArrayList<>();
    private JobStatus status = JobStatus.of(JobStatus.Stage.SENT);
    private @Nullable String eventId;
    private boolean cancelRequested;
    /** The raw outputs of the last streamed step, which the next step's diffs apply to. */
    private @Nullable List<@Nullable Object> streamed;

    /** How a job asks the app to stop its event. */
    interface Cancelling {
        void cancel(int fnIndex, String eventId);
    }

    Job(String endpoint, AppConfig app, AppConfig.Dependency dependency, RemoteFile.FileSource files, Cancelling cancelling) {
        this.endpoint = endpoint;
        this.dependency = dependency;
        this.app = app;
        this.files = files;
        this.cancelling = cancelling;
    }

    /** The endpoint called, {@code "/greet"}. */
    public String endpoint() {
        return endpoint;
    }

    /** Where the job is now. */
    public JobStatus status() {
        synchronized (lock) {
            return status;
        }
    }

    /**
     * Waits for the job to end and answers its outputs.
     *
     * @throws GradioClientException when the job failed ({@link Kind#APP_ERROR}, ...), was
     *     cancelled ({@link Kind#CANCELLED}) or the app could not be reached
     */
    public Result result() {
        try {
            return result.get();
        } catch (ExecutionException e) {
            throw rethrown(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GradioClientException(Kind.CANCELLED, "Interrupted while waiting for " + endpoint, e);
        }
    }

    /**
     * Waits at most {@code timeout} for the job to end and answers its outputs.
     *
     * @throws GradioClientException of kind {@link Kind#TIMEOUT} when it is still running (it
     *     goes on: {@link #cancel()} stops it), or as {@link #result()}
     */
    public Result result(Duration timeout) {
        try {
            return result.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            throw new GradioClientException(Kind.TIMEOUT, endpoint + " did not end within " + timeout + " (it is "
                    + status().stage() + "): wait longer, or cancel it.", e);
        } catch (ExecutionException e) {
            throw rethrown(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GradioClientException(Kind.CANCELLED, "Interrupted while waiting for " + endpoint, e);
        }
    }

    /**
     * The result to come, for code that composes futures; it fails with the job's
     * {@link GradioClientException}. Cancelling this future does not stop the job: {@link #cancel()} does.
     */
    public CompletableFuture<Result> future() {
        return result.copy();
    }

    /** Every update so far, then each new one as it comes, until the job ends. */
    @Override
    public Iterator<JobUpdate> iterator() {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                synchronized (lock) {
                    while (next >= updates.size() && !status.stage().isDone()) {
                        try {
                            lock.wait();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return false;
                        }
                    }
                    return next < updates.size();
                }
            }

            @Override
            public JobUpdate next() {
                if (!hasNext()) {
                    throw new NoSuchElementException("The job has ended");
                }
                synchronized (lock) {
                    return updates.get(next++);
                }
            }
        };
    }

    /** The updates as a stream: every one so far, then each new one, until the job ends. */
    public Stream<JobUpdate> updates() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    /**
     * The outputs: each step of a streaming function, then the result (a function that does not
     * stream gives only the result). When the job failed, the stream ends by throwing its
     * {@link GradioClientException}.
     */
    public Stream<Result> outputs() {
        Iterator<JobUpdate> all = iterator();
        Iterator<Result> steps = new Iterator<>() {
            private @Nullable Result next;

            @Override
            public boolean hasNext() {
                while (next == null && all.hasNext()) {
                    if (all.next() instanceof JobUpdate.Output output) {
                        next = output.result();
                    }
                }
                if (next == null) {
                    result();   // the job ended: throws its failure, if it failed
                }
                return next != null;
            }

            @Override
            public Result next() {
                if (!hasNext()) {
                    throw new NoSuchElementException("The job has ended");
                }
                Result step = next;
                next = null;
                return step;
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(steps, Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    /**
     * Asks the app to stop the job. The job ends as {@link JobStatus.Stage#CANCELLED} at once
     * (its {@link #result()} throws a {@link Kind#CANCELLED}); a job that already ended stays as it was.
     */
    public void cancel() {
        String id;
        synchronized (lock) {
            if (status.stage().isDone()) {
                return;
            }
            cancelRequested = true;
            id = eventId;
        }
        if (id != null) {
            cancelling.cancel(dependency.fnIndex(), id);
        }
        end(JobStatus.Stage.CANCELLED, new GradioClientException(Kind.CANCELLED, endpoint + " was cancelled."));
    }

    /** The app accepted the job as this event; answers whether it is still wanted. */
    boolean joined(String id) {
        synchronized (lock) {
            eventId = id;
            if (!cancelRequested) {
                return true;
            }
        }
        cancelling.cancel(dependency.fnIndex(), id);
        return false;
    }

    /** What the job hears on the session's stream. */
    EventStream.Listener listener() {
        return new EventStream.Listener() {
            @Override
            public void message(Map<String, Object> message) {
                hear(message);
            }

            @Override
            public void failed(GradioClientException failure) {
                fail(failure);
            }
        };
    }

    /** Ends the job with a failure that came before or outside its event (an upload, the join). */
    void fail(GradioClientException failure) {
        end(failure.kind() == Kind.CANCELLED ? JobStatus.Stage.CANCELLED : JobStatus.Stage.FAILED, failure);
    }

    private void hear(Map<String, Object> message) {
        switch (String.valueOf(message.get("msg"))) {
            case "estimation" -> update(new JobStatus(JobStatus.Stage.QUEUED, integer(message.get("rank")),
                    integer(message.get("queue_size")), seconds(message.get("rank_eta")), List.of()));
            case "process_starts" -> update(new JobStatus(JobStatus.Stage.RUNNING, null, null, seconds(message.get("eta")), List.of()));
            case "progress" -> update(new JobStatus(JobStatus.Stage.RUNNING, null, null, null, progress(message.get("progress_data"))));
            case "log" -> add(new JobUpdate.Log(String.valueOf(message.getOrDefault("level", "info")).toLowerCase(Locale.ROOT),
                    String.valueOf(message.get("log")), message.get("title") instanceof String title ? title : null));
            case "process_generating" -> step(message);
            case "process_completed" -> complete(message);
            case "queue_full" -> fail(new GradioClientException(Kind.QUEUE_FULL, "The app's queue is full: retry later."));
            case "unexpected_error" -> fail(new GradioClientException(Kind.APP_ERROR, endpoint + " failed in the app: "
                    + Values.display(message.get("message")) + "."));
            default -> { }   // messages of other protocol versions that carry nothing for a client
        }
    }

    private void step(Map<String, Object> message) {
        if (!(output(message).get("data") instanceof List<?> data)) {
            return;
        }
        List<@Nullable Object> values = new ArrayList<>(data);
        synchronized (lock) {
            if (app.streamsDiffs() && streamed != null) {
                for (int i = 0; i < values.size(); i++) {
                    values.set(i, Diffs.apply(i < streamed.size() ? streamed.get(i) : null, values.get(i)));
                }
            }
            streamed = values;
        }
        add(new JobUpdate.Output(decoded(values), false));
    }

    private void complete(Map<String, Object> message) {
        Map<?, ?> output = output(message);
        boolean success = !Boolean.FALSE.equals(message.get("success"));
        if (success && output.get("data") instanceof List<?> data) {
            Result outputs = decoded(new ArrayList<>(data));
            add(new JobUpdate.Output(outputs, true));
            synchronized (lock) {
                if (status.stage().isDone()) {
                    return;
                }
                status = JobStatus.of(JobStatus.Stage.FINISHED);
                updates.add(new JobUpdate.Status(status));
                lock.notifyAll();
            }
            result.complete(outputs);
        } else if ("Cancelled".equals(output.get("title")) || (success && output.isEmpty())) {
            // gradio4j's cancelled event; Gradio's completes a cancelled event with empty output
            end(JobStatus.Stage.CANCELLED, new GradioClientException(Kind.CANCELLED, endpoint + " was cancelled by the app."));
        } else {
            end(JobStatus.Stage.FAILED, new GradioClientException(Kind.APP_ERROR, failure(output)));
        }
    }

    private String failure(Map<?, ?> output) {
        Object error = output.get("error");
        if (error == null) {
            return endpoint + " failed in the app, which does not say why: its log does (an app shows errors to API clients"
                    + " when launched with show_error=True in Gradio, Launch.options().showError(true) in gradio4j).";
        }
        Object title = output.get("title");
        return endpoint + " failed: " + app.errorText(String.valueOf(error)) + (title instanceof String t && !t.isBlank() && !t.equals("Error") ? " (" + t + ")" : "");
    }

    private Result decoded(List<@Nullable Object> data) {
        List<@Nullable Object> shown = new ArrayList<>();
        List<Boolean> outputs = dependency.shownOutputs();
        for (int i = 0; i < data.size(); i++) {
            if (i >= outputs.size() || outputs.get(i)) {
                shown.add(Values.decode(data.get(i), files));
            }
        }
        return new Result(shown);
    }

    private void update(JobStatus next) {
        synchronized (lock) {
            if (status.stage().isDone()) {
                return;
            }
            status = next;
        }
        add(new JobUpdate.Status(next));
    }

    private void add(JobUpdate update) {
        synchronized (lock) {
            if (!status.stage().isDone()) {
                updates.add(update);
                lock.notifyAll();
            }
        }
    }

    private void end(JobStatus.Stage stage, GradioClientException failure) {
        synchronized (lock) {
            if (status.stage().isDone()) {
                return;
            }
            status = JobStatus.of(stage);
            updates.add(new JobUpdate.Status(status));
            lock.notifyAll();
        }
        result.completeExceptionally(failure);
    }

    /** The failure again, thrown from the caller's thread so that its stack shows the caller. */
    private static GradioClientException rethrown(@Nullable Throwable cause) {
        if (cause instanceof GradioClientException failure) {
            return new GradioClientException(failure.kind(), failure.getMessage(), failure);
        }
        return new GradioClientException(Kind.API_CHANGED, "The job failed unexpectedly: " + cause, cause);
    }

    private static Map<?, ?> output(Map<String, Object> message) {
        return message.get("output") instanceof Map<?, ?> output ? output : Map.of();
    }

    private static List<ProgressUnit> progress(@Nullable Object data) {
        if (!(data instanceof List<?> units)) {
            return List.of();
        }
        List<ProgressUnit> progress = new ArrayList<>();
        for (Object unit : units) {
            if (unit instanceof Map<?, ?> u) {
                progress.add(new ProgressUnit(integer(u.get("index")), integer(u.get("length")),
                        u.get("unit") instanceof String s ? s : null,
                        u.get("progress") instanceof Number n ? n.doubleValue() : null,
                        u.get("desc") instanceof String d ? d : null));
            }
        }
        return progress;
    }

    private static @Nullable Integer integer(@Nullable Object value) {
        return value instanceof Number n ? n.intValue() : null;
    }

    private static @Nullable Duration seconds(@Nullable Object value) {
        return value instanceof Number n ? Duration.ofMillis(Math.round(n.doubleValue() * 1000)) : null;
    }

    @Override
    public String toString() {
        return "Job[" + endpoint + ", " + status().stage() + "]";
    }
}
