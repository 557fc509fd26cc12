package dev.gradio4j;

import dev.gradio4j.internal.app.Invoker;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An event listener: a handler wired to a trigger, with its inputs and outputs. Returned by every
 * event method; its setters return {@code this}, and {@link Chainable} adds follow-ups:
 *
 * {@snippet class="dev.gradio4j.examples.snippets.BlocksSnippets" region="dependency"}
 *
 * Settings take effect when the app is launched.
 */
public final class Dependency implements Chainable {
    private static final java.util.concurrent.atomic.AtomicLong CREATED = new java.util.concurrent.atomic.AtomicLong();

    /** Creation order: dependency ids follow the order events were wired, as in Gradio. */
    final long sequence = CREATED.incrementAndGet();
    final Object source;
    final String event;
    final Serializable fn;
    final Invoker invoker;
    final Output<?> output;
    final List<Input<?>> inputs;
    final List<Dependency> followers = new ArrayList<>();
    final List<Trigger> extraTriggers = new ArrayList<>();

    String apiName;
    ApiVisibility apiVisibility = ApiVisibility.PUBLIC;
    String apiDescription;
    Boolean queue;
    boolean concurrencyLimitSet;
    Integer concurrencyLimit;
    String concurrencyId;
    final List<Dependency> cancels = new ArrayList<>();
    TriggerMode triggerMode;
    Integer maxBatchSize;
    ShowProgress showProgress = ShowProgress.FULL;
    boolean scrollToOutput;
    /** Made by {@code Gr.on} (or an Interface's Submit), which Gradio's config tells apart. */
    boolean declaredWithOn;
    String js;
    /** The API parameter names another app gave these inputs ({@link Gr#load}), or null to derive them. */
    List<String> parameterNames;
    /** False for a handler that takes its inputs' wire payloads ({@code RawPayload}), as flagging does. */
    boolean preprocess = true;
    /** How the other app's API describes this endpoint ({@link Gr#load}), or null. */
    dev.gradio4j.internal.app.MirroredApi mirroredApi;

    Dependency(Object source, String event, Serializable fn, Invoker invoker, Output<?> output,
               List<Input<?>> inputs) {
        this.source = source;
        this.event = event;
        this.fn = fn;
        this.invoker = invoker;
        this.output = output;
        this.inputs = inputs;
    }

    /**
     * The endpoint's name in the API ({@code /name}). By default the handler method's name, as
     * in Gradio 6, and {@code lambda} for a lambda; clashes get a suffix ({@code lambda_1}).
     */
    public Dependency apiName(String apiName) {
        if (apiName == null || apiName.isBlank() || apiName.contains("/")) {
            throw new IllegalArgumentException("an API name is a non-empty word without '/': " + apiName);
        }
        this.apiName = apiName;
        return this;
    }

    /** Who may see and call the endpoint; see {@link ApiVisibility}. */
    public Dependency apiVisibility(ApiVisibility visibility) {
        this.apiVisibility = java.util.Objects.requireNonNull(visibility);
        return this;
    }

    /** The endpoint's description in {@code /gradio_api/info}. */
    public Dependency apiDescription(@Nullable String description) {
        this.apiDescription = description;
        return this;
    }

    /**
     * Whether the event goes through the queue (the default). Unqueued events run at once over
     * {@code /run} with no position, progress or streaming.
     */
    public Dependency queue(boolean queue) {
        this.queue = queue;
        return this;
    }

    /**
     * How many runs of this event (or of its {@link #concurrencyId group}) may run at once;
     * {@code null} for no limit. By default the app's {@link Blocks#defaultConcurrencyLimit}.
     */
    public Dependency concurrencyLimit(@Nullable Integer limit) {
        if (limit != null && limit < 1) {
            throw new IllegalArgumentException("a concurrency limit is at least 1, or null for none: " + limit);
        }
        this.concurrencyLimitSet = true;
        this.concurrencyLimit = limit;
        return this;
    }

    /** Shares one concurrency limit among every event with the same id; null for the event's own. */
    public Dependency concurrencyId(@Nullable String id) {
        this.concurrencyId = id;
        return this;
    }

    /** Events this one stops when it fires (a Stop button's click, say). */
    public Dependency cancels(Dependency... others) {
        cancels.addAll(List.of(others));
        return this;
    }

    /**
     * What happens when the trigger fires again while the event is pending; null for the default
     * ({@link TriggerMode#ALWAYS_LAST} for {@code change} and {@code key_up}, else {@link TriggerMode#ONCE}).
     */
    public Dependency triggerMode(@Nullable TriggerMode mode) {
        this.triggerMode = mode;
        return this;
    }

    /**
     * Runs the handler on batches: each input arrives as a {@code List} of up to
     * {@code maxBatchSize} queued requests' values, and the handler returns a list per output
     * (a list of one list for one output, as in Gradio), each holding a value per request.
     * The handler must be a {@link Fn.Dynamic}: its arguments are lists, not the inputs' value
     * types that typed handlers are checked against.
     *
     * @throws IllegalStateException when the handler is a typed one
     */
    public Dependency batch(int maxBatchSize) {
        if (maxBatchSize < 1) {
            throw new IllegalArgumentException("a batch holds at least 1 request: " + maxBatchSize);
        }
        if (fn != null && !(fn instanceof Fn.Dynamic)) {
            throw new IllegalStateException("batch(" + maxBatchSize + ") needs a Fn.Dynamic handler, which receives"
                    + " each input as a List of the batch's values; this handler takes single values.");
        }
        this.maxBatchSize = maxBatchSize;
        return this;
    }

    /** How much loading state the browser shows while the event runs. */
    public Dependency showProgress(ShowProgress showProgress) {
        this.showProgress = java.util.Objects.requireNonNull(showProgress);
        return this;
    }

    /** Whether the browser scrolls to the outputs when the event completes. */
    public Dependency scrollToOutput(boolean scroll) {
        this.scrollToOutput = scroll;
        return this;
    }

    /**
     * JavaScript run in the browser before the handler (or instead of it, when there is none):
     * a function of the input values returning the output values; null for none.
     */
    public Dependency js(@Nullable String js) {
        this.js = js;
        return this;
    }

    /** Adds another trigger for the same handler (Interface: Submit's click and Enter). */
    Dependency alsoOn(Trigger trigger) {
        extraTriggers.add(trigger);
        return this;
    }
}
