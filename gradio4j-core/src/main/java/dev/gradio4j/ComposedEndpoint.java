package dev.gradio4j;

import dev.gradio4j.internal.app.AppModel;
import dev.gradio4j.internal.app.DependencyModel;
import dev.gradio4j.internal.app.DirectCall;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * An app's first public endpoint, as {@link Parallel} and {@link Series} use it: the components
 * it reads and writes (its {@link State}s left out, as an API client sees it), and a call of it
 * in Java values, to its end or step by step.
 */
final class ComposedEndpoint {
    final String apiName;
    final List<Component<?, ?>> inputs;
    final List<Component<?, ?>> outputs;
    /** Whether the endpoint streams its outputs step by step. */
    final boolean streams;
    /** How errors name the app: its place among the composed apps and its endpoint. */
    final String name;
    private final AppModel model;

    private ComposedEndpoint(String apiName, List<Component<?, ?>> inputs, List<Component<?, ?>> outputs, boolean streams,
                             String name, AppModel model) {
        this.apiName = apiName;
        this.inputs = inputs;
        this.outputs = outputs;
        this.streams = streams;
        this.name = name;
        this.model = model;
    }

    /**
     * The first public endpoint of the app at {@code position} (from 1) among the composed ones.
     *
     * @throws IllegalArgumentException when the app has no public endpoint
     */
    static ComposedEndpoint of(App app, int position) {
        AppCompiler.Compiled compiled = AppCompiler.compileWithSources(app.toBlocks(), DirectCall.FILES);
        List<DependencyModel> models = compiled.model().dependencies();
        for (int i = 0; i < models.size(); i++) {
            DependencyModel endpoint = models.get(i);
            if (endpoint.backendFn() && endpoint.isPublic()) {
                Dependency source = compiled.sources().get(i);
                List<Component<?, ?>> inputs = new ArrayList<>();
                source.inputs.forEach(input -> {
                    if (input instanceof Component<?, ?> component && !(component instanceof State<?>)) {
                        inputs.add(component);
                    }
                });
                List<Component<?, ?>> outputs = Outputs.componentsOf(source.output).stream()
                        .filter(component -> !(component instanceof State<?>)).toList();
                return new ComposedEndpoint(endpoint.apiName(), List.copyOf(inputs), outputs, endpoint.streaming(),
                        "app " + position + " (/" + endpoint.apiName() + ")", compiled.model());
            }
        }
        throw new IllegalArgumentException("App " + position + " has no public endpoint to compose: " + app);
    }

    /**
     * Runs the endpoint on the handler values of its inputs, to its end, and answers its outputs'
     * values (a streaming endpoint's last ones), one per output, in order.
     */
    List<@Nullable Object> call(List<@Nullable Object> args) {
        try {
            return valuesOf(DirectCall.call(model, apiName, args.toArray()));
        } catch (RuntimeException e) {
            throw failed(e);
        }
    }

    /**
     * Runs the endpoint on the handler values of its inputs and answers its outputs' values at
     * each step, as they come (one step for an endpoint that does not stream), as {@link #call}
     * answers them. Closing the stream stops the run.
     */
    Stream<List<@Nullable Object>> steps(List<@Nullable Object> args) {
        Stream<Object> steps;
        try {
            steps = DirectCall.steps(model, apiName, args.toArray());
        } catch (RuntimeException e) {
            throw failed(e);
        }
        Iterator<Object> answers = steps.iterator();
        Iterator<List<@Nullable Object>> values = new Iterator<>() {
            @Override
            public boolean hasNext() {
                try {
                    return answers.hasNext();
                } catch (RuntimeException e) {
                    throw failed(e);
                }
            }

            @Override
            public List<@Nullable Object> next() {
                try {
                    return valuesOf(answers.next());
                } catch (RuntimeException e) {
                    throw failed(e);
                }
            }
        };
        return Generator.of(values).onClose(steps::close);
    }

    private List<@Nullable Object> valuesOf(@Nullable Object answer) {
        if (outputs.size() == 1) {
            List<@Nullable Object> one = new ArrayList<>();
            one.add(answer);
            return one;
        }
        return answer == null ? new ArrayList<>(java.util.Collections.nCopies(outputs.size(), null)) : new ArrayList<>((List<?>) answer);
    }

    /**
     * The app's failure, naming the app: a {@link GradioError} stays one (its message is for the
     * user), anything else is reported as the server reports an unexpected error.
     */
    private RuntimeException failed(RuntimeException e) {
        if (e instanceof GradioError error) {
            return new GradioError(name + ": " + error.getMessage(), error.title(), error.duration(), error.visible());
        }
        return new IllegalStateException(name + " failed: " + (e.getMessage() != null ? e.getMessage() : e), e);
    }
}
