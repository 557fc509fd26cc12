package dev.gradio4j.internal.app;

import dev.gradio4j.FileData;
import dev.gradio4j.Request;
import dev.gradio4j.ValueContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.BaseStream;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.slf4j.LoggerFactory;

/**
 * An endpoint of a compiled app called as a Java function ({@code app.call("/predict", args)}),
 * as Gradio's {@code demo(...)}: in the caller's thread, without HTTP, the queue or a session.
 *
 * <p>The arguments are the handler's values, one per component input that is not a
 * {@code State} (what an API client passes), each converted as the input's component converts a
 * handler's value ({@code 2} for a Number becomes {@code 2.0}); a {@code State} input starts from
 * its initial value, fresh for each call. The answer is the value of each output that is not a
 * {@code State}, as the handler gave it: the one value for one output, a list for several, null
 * for none. A streaming handler is run to its end and its last value answered.
 */
public final class DirectCall implements EventContext {
    /**
     * The files of a call: a handler's value is answered as it is, never published, so nothing is
     * copied; an input file is the local path it names.
     */
    public static final ValueContext FILES = new ValueContext() {
        @Override
        public Path resolve(FileData file) {
            return Path.of(file.path());
        }

        @Override
        public FileData publish(Path file, String origName) throws java.io.IOException {
            return new FileData(file.toString(), null, Files.size(file), origName != null ? origName : file.getFileName().toString(), null);
        }

        @Override
        public FileData publish(byte[] bytes, String name) throws java.io.IOException {
            Path file = Files.createTempFile("gradio4j-call-", "-" + name);
            file.toFile().deleteOnExit();
            return publish(Files.write(file, bytes), name);
        }
    };

    private final Request request = new Request("call-" + UUID.randomUUID(), "java", Map.of(), Map.of(), null, "/", Map.of());

    private DirectCall() {}

    /**
     * Calls the dependency named {@code endpoint} ({@code "/predict"} or {@code "predict"}) of
     * {@code app}.
     *
     * @throws IllegalArgumentException naming the app's endpoints when there is no such one, or
     *     saying which argument is wrong
     */
    public static Object call(AppModel app, String endpoint, Object... args) {
        return new DirectCall().run(endpoint(app, endpoint), args == null ? new Object[] {null} : args);
    }

    /**
     * Calls the endpoint as {@link #call} does, but answers each of its steps as they come, each
     * shaped as {@code call} shapes its answer: the streaming handler's steps, or the one answer
     * of a handler that does not stream. The handler starts at once; it runs on as the stream is
     * read, in the reader's thread, and closing the stream closes the handler's (a
     * {@link dev.gradio4j.Generator#emit} body is then interrupted).
     *
     * @throws IllegalArgumentException as {@link #call}
     */
    public static Stream<Object> steps(AppModel app, String endpoint, Object... args) {
        DependencyModel dependency = endpoint(app, endpoint);
        Object[] given = args == null ? new Object[] {null} : args;
        DirectCall call = new DirectCall();
        if (!dependency.streaming() || dependency.maxBatchSize() != null) {
            return Stream.of(call.run(dependency, given));
        }
        Object result = call.within(() -> dependency.invoker().invoke(call.arguments(dependency, given)), dependency);
        Iterator<?> values = HandlerResults.streamed(result);
        Iterator<Object> answers = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return call.within(values::hasNext, dependency);
            }

            @Override
            public Object next() {
                return call.within(() -> answer(dependency, dependency.results().map(values.next())), dependency);
            }
        };
        Stream<Object> steps = StreamSupport.stream(Spliterators.spliteratorUnknownSize(answers, Spliterator.ORDERED), false);
        return result instanceof BaseStream<?, ?> stream ? steps.onClose(stream::close) : steps;
    }

    private static DependencyModel endpoint(AppModel app, String endpoint) {
        String name = endpoint.startsWith("/") ? endpoint.substring(1) : endpoint;
        return app.dependencies().stream()
                .filter(d -> d.backendFn() && d.apiName().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("The app has no endpoint /" + name + "; its endpoints: "
                        + app.dependencies().stream().filter(DependencyModel::backendFn).map(d -> "/" + d.apiName())
                                .collect(Collectors.joining(", "))));
    }

    private Object run(DependencyModel dependency, Object[] given) {
        List<Object> args = arguments(dependency, given);
        return within(() -> {
            if (dependency.maxBatchSize() != null) {
                return answer(dependency, batchOfOne(dependency, args));
            }
            Object result = dependency.invoker().invoke(args);
            return answer(dependency, dependency.streaming() ? last(dependency, result) : dependency.results().map(result));
        }, dependency);
    }

    /** Runs a step of the handler with this call as the event it serves (for Gr.info, progress, the request). */
    private <T> T within(Step<T> step, DependencyModel dependency) {
        String endpoint = "/" + dependency.apiName();
        EventContext before = CURRENT.get();
        CURRENT.set(this);
        try {
            return step.run();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(endpoint + " was interrupted", e);
        } catch (Exception e) {
            throw new IllegalStateException(endpoint + " failed: " + e, e);
        } finally {
            CURRENT.set(before);
        }
    }

    @FunctionalInterface
    private interface Step<T> {
        T run() throws Exception;
    }

    /** The handler's arguments: the given values converted as their inputs convert them, States fresh, injected values resolved. */
    private List<Object> arguments(DependencyModel dependency, Object[] given) {
        String endpoint = "/" + dependency.apiName();
        List<ComponentModel> parameters = dependency.componentInputs().stream().filter(c -> !c.isState()).toList();
        if (given.length != parameters.size()) {
            throw new IllegalArgumentException(endpoint + " takes " + parameters.size() + " argument" + (parameters.size() == 1 ? "" : "s")
                    + " (" + parameters.stream().map(DirectCall::describe).collect(Collectors.joining(", ")) + "), not "
                    + given.length + ": " + Arrays.toString(given));
        }
        List<Object> args = new ArrayList<>();
        int position = 0;
        for (InputModel input : dependency.inputs()) {
            switch (input) {
                case InputModel.FromComponent(ComponentModel component) when component.isState() ->
                        args.add(component.stateInitial().get());
                case InputModel.FromComponent(ComponentModel component) -> {
                    Object value = given[position++];
                    try {
                        args.add(value == null ? null : component.codec().coerce(value));
                    } catch (ClassCastException e) {
                        throw new IllegalArgumentException(endpoint + ": argument " + position + " (" + describe(component) + ") cannot be a "
                                + value.getClass().getName() + ": " + e.getMessage(), e);
                    }
                }
                case InputModel.Injected injected -> args.add(injected.resolver().apply(this));
            }
        }
        return args;
    }

    /** A batched handler called on a batch of this one call, as the queue would call it. */
    private static List<Slot> batchOfOne(DependencyModel dependency, List<Object> args) throws Exception {
        List<Object> columns = new ArrayList<>();
        args.forEach(arg -> columns.add(java.util.Collections.singletonList(arg)));
        Object result = dependency.invoker().invoke(columns);
        return HandlerResults.batchColumns(result, dependency.outputs().size(), 1).stream()
                .<Slot>map(column -> new Slot.Value(column.getFirst())).toList();
    }

    private static List<Slot> last(DependencyModel dependency, Object result) {
        Iterator<?> values = HandlerResults.streamed(result);
        List<Slot> last = null;
        try {
            while (values.hasNext()) {
                last = dependency.results().map(values.next());
            }
        } finally {
            if (result instanceof BaseStream<?, ?> stream) {
                stream.close();
            }
        }
        return last != null ? last : dependency.outputs().stream().<Slot>map(output -> new Slot.Value(null)).toList();
    }

    private static Object answer(DependencyModel dependency, List<Slot> slots) {
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < slots.size(); i++) {
            ComponentModel output = dependency.outputs().get(i);
            if (output.isState()) {
                continue;
            }
            Object value = switch (slots.get(i)) {
                case Slot.Value(Object v) -> v;
                case Slot.Payload(Object payload) -> payload;
                case Slot.Update update -> update.hasValue() ? update.value() : null;
                case Slot.Skip skip -> null;
            };
            values.add(value == null || slots.get(i) instanceof Slot.Payload ? value : output.codec().coerce(value));
        }
        return values.isEmpty() ? null : values.size() == 1 ? values.getFirst() : java.util.Collections.unmodifiableList(values);
    }

    private static String describe(ComponentModel component) {
        return component.label() != null ? component.apiComponent() + " '" + component.label() + "'" : component.apiComponent();
    }

    @Override
    public Request request() {
        return request;
    }

    @Override
    public Object eventData() {
        return null;
    }

    @Override
    public void progress(List<dev.gradio4j.internal.protocol.ServerMessage.ProgressUnit> units) {
        // no one to show it to
    }

    @Override
    public void log(String level, String message, String title, Double duration, boolean visible) {
        LoggerFactory.getLogger(DirectCall.class).info("{}: {}", title, message);
    }
}
