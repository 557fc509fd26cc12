package dev.gradio4j;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Several apps run on the same inputs, their outputs side by side, to compare models: Gradio 3's
 * {@code gr.Parallel} (Gradio 4 dropped it). The result is an {@link Interface} showing the first
 * app's inputs and every app's outputs; Submit calls each app's first public endpoint, local or
 * {@link Gr#load loaded}, with the same values.
 *
 * {@snippet class="dev.gradio4j.examples.snippets.ComposeSnippets" region="parallel"}
 *
 * <p>Each app runs as {@link App#call} runs it: to its end when it streams (the last value is
 * shown), its {@link State}s fresh each time.
 */
public final class Parallel {
    private Parallel() {}

    /**
     * The apps in parallel, called as the {@code /parallel} endpoint.
     *
     * @throws IllegalArgumentException when fewer than two apps are given, an app has no public
     *     endpoint, the endpoints take different numbers of inputs, or two apps share an output
     *     component (each output is shown once)
     */
    public static Interface of(App... apps) {
        if (apps.length < 2) {
            throw new IllegalArgumentException("Parallel compares at least two apps, not " + apps.length + ".");
        }
        List<ComposedEndpoint> endpoints = new ArrayList<>();
        for (App app : apps) {
            endpoints.add(ComposedEndpoint.of(app));
        }
        ComposedEndpoint first = endpoints.getFirst();
        List<Component<?, ?>> outputs = new ArrayList<>();
        Set<Component<?, ?>> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (int i = 0; i < endpoints.size(); i++) {
            ComposedEndpoint endpoint = endpoints.get(i);
            if (endpoint.inputs.size() != first.inputs.size()) {
                throw new IllegalArgumentException("Parallel gives every app the same inputs, but app " + (i + 1) + "'s /"
                        + endpoint.apiName + " takes " + endpoint.inputs.size() + " and the first app's /" + first.apiName
                        + " takes " + first.inputs.size() + ".");
            }
            for (Component<?, ?> output : endpoint.outputs) {
                if (!seen.add(output)) {
                    throw new IllegalArgumentException("Two of the apps given to Parallel share the output " + output
                            + "; each app needs output components of its own (Parallel shows each app's outputs).");
                }
                outputs.add(output);
            }
        }
        Compare compare = new Compare(List.copyOf(endpoints));
        Output<?> output = outputs.size() == 1 ? outputs.getFirst() : Outputs.of(outputs);
        return Interface.create(compare, compare::apply, first.inputs, output).apiName("parallel");
    }

    /** The handler: a class, not a lambda, so that the inputs keep their apps' labels rather than take its parameter's name. */
    private record Compare(List<ComposedEndpoint> endpoints) implements Fn.Dynamic {
        @Override
        public @Nullable Object apply(List<@Nullable Object> args) {
            List<@Nullable Object> values = new ArrayList<>();
            for (ComposedEndpoint endpoint : endpoints) {
                values.addAll(endpoint.call(args));
            }
            return values.size() == 1 ? values.getFirst() : values;
        }
    }
}
