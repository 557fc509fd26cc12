package dev.gradio4j;

import dev.gradio4j.internal.app.AppModel;
import dev.gradio4j.internal.app.DependencyModel;
import dev.gradio4j.internal.app.DirectCall;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An app's first public endpoint, as {@link Parallel} and {@link Series} use it: the components
 * it reads and writes (its {@link State}s left out, as an API client sees it), and a call of it
 * in Java values.
 */
final class ComposedEndpoint {
    final String apiName;
    final List<Component<?, ?>> inputs;
    final List<Component<?, ?>> outputs;
    private final AppModel model;

    private ComposedEndpoint(String apiName, List<Component<?, ?>> inputs, List<Component<?, ?>> outputs, AppModel model) {
        this.apiName = apiName;
        this.inputs = inputs;
        this.outputs = outputs;
        this.model = model;
    }

    /** @throws IllegalArgumentException when the app has no public endpoint */
    static ComposedEndpoint of(App app) {
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
                return new ComposedEndpoint(endpoint.apiName(), List.copyOf(inputs), outputs, compiled.model());
            }
        }
        throw new IllegalArgumentException("This app has no public endpoint to compose: " + app);
    }

    /**
     * Runs the endpoint on the handler values of its inputs and answers its outputs' values, one
     * per output, in order.
     */
    List<@Nullable Object> call(List<@Nullable Object> args) {
        Object answer = DirectCall.call(model, apiName, args.toArray());
        if (outputs.size() == 1) {
            List<@Nullable Object> one = new ArrayList<>();
            one.add(answer);
            return one;
        }
        return answer == null ? java.util.Collections.nCopies(outputs.size(), null) : new ArrayList<>((List<?>) answer);
    }
}
