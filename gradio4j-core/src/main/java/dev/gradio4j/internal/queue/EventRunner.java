package dev.gradio4j.internal.queue;

import dev.gradio4j.GradioError;
import dev.gradio4j.ValueContext;
import dev.gradio4j.internal.app.ComponentModel;
import dev.gradio4j.internal.app.DependencyModel;
import dev.gradio4j.internal.app.EventContext;
import dev.gradio4j.internal.app.HandlerResults;
import dev.gradio4j.internal.app.InputModel;
import dev.gradio4j.internal.app.RawPayload;
import dev.gradio4j.internal.app.Slot;
import dev.gradio4j.internal.json.JsonCodec;
import dev.gradio4j.internal.protocol.Diff;
import dev.gradio4j.internal.protocol.EventOutput;
import dev.gradio4j.internal.protocol.ServerMessage;
import dev.gradio4j.internal.session.Session;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.BaseStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one event: turns the payloads into the handler's arguments, calls it, turns the result
 * into output payloads (and session state), and sends the protocol messages: {@code
 * process_starts}, {@code process_generating} per streamed value (full values first, then
 * diffs), and {@code process_completed} with the full final values or an error.
 *
 * <p>Runs on the event's own virtual thread; a cancel interrupts that thread.
 */
public final class EventRunner {
    private static final Logger LOG = LoggerFactory.getLogger(EventRunner.class);
    private final Function<QueuedEvent, ValueContext> files;
    private final boolean showError;
    private final Timings timings = new Timings();
    private final Analytics analytics = new Analytics();

    /**
     * @param files     the file context of an event: URLs under its root, files of its user
     * @param showError whether unexpected exceptions' messages reach clients
     */
    public EventRunner(Function<QueuedEvent, ValueContext> files, boolean showError) {
        this.files = files;
        this.showError = showError;
    }

    /** How each endpoint has fared so far. */
    public Analytics analytics() {
        return analytics;
    }

    Double averageDuration(DependencyModel dependency) {
        return timings.average(dependency.apiName());
    }

    /** Runs a single event to completion. */
    public void run(QueuedEvent event) {
        DependencyModel dependency = event.dependency();
        long start = System.nanoTime();
        event.send(new ServerMessage.ProcessStarts(event.id(), averageDuration(dependency)));
        ValueContext context = files.apply(event);
        EventContext.CURRENT.set(new RunningEvent(event));
        try {
            if (event.cancelled()) {
                throw new InterruptedException();
            }
            if (event.invalidArguments() != null) {
                throw new GradioError(event.invalidArguments());
            }
            List<Object> args = arguments(event, context);
            Object result = dependency.invoker().invoke(args);
            List<Object> data = dependency.streaming()
                    ? stream(event, result, context)
                    : outputData(event, dependency.results().map(result), context);
            double seconds = seconds(start);
            timings.record(dependency.apiName(), seconds);
            analytics.record(dependency.apiName(), true, seconds);
            complete(event, data, seconds);
        } catch (Throwable failure) {
            fail(event, failure, start);
        } finally {
            EventContext.CURRENT.remove();
        }
    }

    /** Runs a batch: each input becomes a list of the events' values, each output a list of results. */
    void runBatch(List<QueuedEvent> batch) {
        QueuedEvent first = batch.getFirst();
        DependencyModel dependency = first.dependency();
        long start = System.nanoTime();
        batch.forEach(event -> event.send(new ServerMessage.ProcessStarts(event.id(), averageDuration(dependency))));
        ValueContext context = files.apply(first);
        EventContext.CURRENT.set(new RunningEvent(first));
        try {
            List<List<Object>> perEvent = new ArrayList<>();
            for (QueuedEvent event : batch) {
                perEvent.add(arguments(event, context));
            }
            List<Object> args = new ArrayList<>();
            for (int i = 0; i < dependency.inputs().size(); i++) {
                List<Object> column = new ArrayList<>();
                for (List<Object> eventArgs : perEvent) {
                    column.add(eventArgs.get(i));
                }
                args.add(column);
            }
            Object result = dependency.invoker().invoke(args);
            List<List<Object>> columns = HandlerResults.batchColumns(result, dependency.outputs().size(), batch.size());
            double seconds = seconds(start);
            timings.record(dependency.apiName(), seconds / batch.size());
            batch.forEach(event -> analytics.record(dependency.apiName(), true, seconds / batch.size()));
            for (int e = 0; e < batch.size(); e++) {
                List<Object> values = new ArrayList<>();
                for (List<Object> column : columns) {
                    values.add(column.get(e));
                }
                List<Slot> slots = values.stream().<Slot>map(Slot.Value::new).toList();
                complete(batch.get(e), outputData(batch.get(e), slots, context), seconds);
            }
        } catch (Throwable failure) {
            batch.forEach(event -> fail(event, failure, start));
        } finally {
            EventContext.CURRENT.remove();
        }
    }

    private List<Object> arguments(QueuedEvent event, ValueContext context) {
        DependencyModel dependency = event.dependency();
        List<Object> args = new ArrayList<>(dependency.inputs().size());
        int position = 0;
        for (InputModel input : dependency.inputs()) {
            switch (input) {
                case InputModel.FromComponent(ComponentModel component) -> {
                    Object payload = event.data().get(position++);
                    args.add(component.isState()
                            ? event.session().state(component.stateKey(), component.stateInitial(), component.stateTtl())
                            : dependency.preprocess() ? preprocess(component, payload, context)
                            : new RawPayload(payload, context));
                }
                case InputModel.Injected injected -> args.add(injected.resolver().apply(EventContext.CURRENT.get()));
            }
        }
        return args;
    }

    private static Object preprocess(ComponentModel component, Object payload, ValueContext context) {
        try {
            return component.codec().preprocess(payload, context);
        } catch (GradioError e) {
            throw e;
        } catch (Exception e) {
            throw new GradioError("Invalid value for " + describe(component) + ": " + e.getMessage());
        }
    }

    private static String describe(ComponentModel component) {
        return component.label() != null ? "'" + component.label() + "'" : "the " + component.apiComponent();
    }

    private List<Object> stream(QueuedEvent event, Object result, ValueContext context) throws Exception {
        DependencyModel dependency = event.dependency();
        Iterator<?> values = HandlerResults.streamed(result);
        List<Object> last = null;
        try {
            while (values.hasNext()) {
                Object value = values.next();
                if (event.cancelled() || Thread.currentThread().isInterrupted()) {
                    throw new InterruptedException();
                }
                List<Object> data = outputData(event, dependency.results().map(value), context);
                List<Object> wire = last == null || event.fullValues() ? data : diffs(last, data);
                last = data;
                event.send(new ServerMessage.ProcessGenerating(event.id(), wire));
            }
        } finally {
            if (result instanceof BaseStream<?, ?> stream) {
                stream.close();
            }
        }
        if (last == null) {
            // A stream that yielded nothing ends with null outputs, as Gradio's empty generator does.
            last = new ArrayList<>(Collections.nCopies(dependency.outputs().size(), null));
        }
        return last;
    }

    private static List<Object> diffs(List<Object> before, List<Object> after) {
        List<Object> edits = new ArrayList<>(after.size());
        for (int i = 0; i < after.size(); i++) {
            edits.add(Diff.between(i < before.size() ? before.get(i) : null, after.get(i)));
        }
        return edits;
    }

    /** Output payloads for the wire; state values go to the session and appear as null. */
    private List<Object> outputData(QueuedEvent event, List<Slot> slots, ValueContext context) throws Exception {
        List<ComponentModel> outputs = event.dependency().outputs();
        List<Object> data = new ArrayList<>(outputs.size());
        for (int i = 0; i < outputs.size(); i++) {
            ComponentModel output = outputs.get(i);
            Slot slot = slots.get(i);
            if (output.isState()) {
                switch (slot) {
                    case Slot.Value(Object value) -> event.session().setState(output.stateKey(), value);
                    case Slot.Update update when update.hasValue() -> event.session().setState(output.stateKey(), update.value());
                    default -> { }
                }
                data.add(null);
                continue;
            }
            data.add(switch (slot) {
                case Slot.Skip skip -> Map.of("__type__", "update");
                case Slot.Value(Object value) -> output.codec().postprocess(value, context);
                case Slot.Payload(Object payload) -> payload;
                case Slot.Update update -> {
                    Map<String, Object> payload = new LinkedHashMap<>(update.props());
                    if (update.hasValue()) {
                        payload.put("value", output.codec().postprocess(update.value(), context));
                    }
                    payload.put("__type__", "update");
                    yield payload;
                }
            });
        }
        return data;
    }

    // Each ending sends the completion before the session counts the event as ended: a stream
    // that saw no pending event and an empty outbox could otherwise close before it arrives.
    private void complete(QueuedEvent event, List<Object> data, double seconds) {
        Double average = averageDuration(event.dependency());
        event.send(new ServerMessage.ProcessCompleted(event.id(), EventOutput.Success.of(data, seconds, average), true, null, average));
        event.session().eventEnded();
    }

    /** Ends an event that was cancelled before it ran. */
    void completeCancelled(QueuedEvent event) {
        event.send(new ServerMessage.ProcessCompleted(event.id(), EventOutput.UserError.CANCELLED, false, "Cancelled", null));
        event.session().eventEnded();
    }

    private void fail(QueuedEvent event, Throwable failure, long start) {
        if (!(event.cancelled() || failure instanceof InterruptedException)) {
            analytics.record(event.dependency().apiName(), false, seconds(start));
        }
        try {
            event.send(failure(event, failure, start));
        } finally {
            event.session().eventEnded();
        }
    }

    private ServerMessage.ProcessCompleted failure(QueuedEvent event, Throwable failure, long start) {
        if (event.cancelled() || failure instanceof InterruptedException) {
            return new ServerMessage.ProcessCompleted(event.id(), EventOutput.UserError.CANCELLED, false, "Cancelled", null);
        }
        EventOutput error;
        String title = "Error";
        if (failure instanceof GradioError userError) {
            title = userError.title();
            error = new EventOutput.UserError(userError.getMessage(), JsonCodec.whole(userError.duration()), userError.visible(), title);
        } else if (failure instanceof NullPointerException && emptyInput(event) instanceof String empty) {
            // Handlers take boxed values, so an empty field arrives as null: a handler that
            // trips on it failed on the user's input, which the user can fix.
            String message = empty + " is empty; /" + event.dependency().apiName() + " needs a value there.";
            LOG.warn("Event {} (/{}) failed: {}", event.id(), event.dependency().apiName(), message, failure);
            error = new EventOutput.UserError(message, 10, true, title);
        } else {
            LOG.error("Event {} (/{}) failed after {} s", event.id(), event.dependency().apiName(),
                    String.format("%.3f", seconds(start)), failure);
            error = showError ? new EventOutput.ShownError(failure.getMessage() != null ? failure.getMessage() : failure.toString(), true)
                    : EventOutput.HiddenError.INSTANCE;
        }
        return new ServerMessage.ProcessCompleted(event.id(), error, false, title, null);
    }

    /** The first non-state input of the event that arrived empty (null), described; or null. */
    private static String emptyInput(QueuedEvent event) {
        int position = 0;
        for (InputModel input : event.dependency().inputs()) {
            if (input instanceof InputModel.FromComponent(ComponentModel component)) {
                Object payload = position < event.data().size() ? event.data().get(position) : null;
                position++;
                if (!component.isState() && payload == null) {
                    return describe(component);
                }
            }
        }
        return null;
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    /** What the handler of a running event can reach: request, progress (at most one update per 10 ms), toasts. */
    private static final class RunningEvent implements EventContext {
        private final QueuedEvent event;
        private long lastProgress;

        RunningEvent(QueuedEvent event) {
            this.event = event;
        }

        @Override
        public dev.gradio4j.Request request() {
            return event.request();
        }

        @Override
        public Object eventData() {
            return event.eventData();
        }

        @Override
        public Session session() {
            return event.session();
        }

        @Override
        public synchronized void progress(List<ServerMessage.ProgressUnit> units) {
            long now = System.nanoTime();
            if (now - lastProgress >= 10_000_000L) {
                lastProgress = now;
                event.send(new ServerMessage.Progress(event.id(), units));
            }
        }

        @Override
        public void log(String level, String message, String title, Double duration, boolean visible) {
            event.send(new ServerMessage.Log(event.id(), message, level, duration, visible, title));
        }
    }
}
