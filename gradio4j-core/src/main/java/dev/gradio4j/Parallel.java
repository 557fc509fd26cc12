package dev.gradio4j;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Several apps run on the same inputs, their outputs side by side, to compare models: Gradio 3's
 * {@code gr.Parallel} (Gradio 4 dropped it). The result is an {@link Interface} showing the first
 * app's inputs and every app's outputs; Submit calls each app's first public endpoint, local or
 * {@link Gr#load loaded}, with the same values.
 *
 * {@snippet class="dev.gradio4j.examples.snippets.ComposeSnippets" region="parallel"}
 *
 * <p>The apps run at the same time, each as {@link App#call} runs it, its {@link State}s fresh
 * each time. When one of them streams, so does the Parallel: each step of a streaming app shows
 * in its outputs as it comes, the others' answers when they are ready (outputs of an app that has
 * not answered yet are empty), and the page's Stop button stops every app. When an app fails,
 * the others are stopped and the error says which app it was ({@code app 2 (/mirror): ...}).
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
        for (int i = 0; i < apps.length; i++) {
            endpoints.add(ComposedEndpoint.of(apps[i], i + 1));
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
        boolean streams = endpoints.stream().anyMatch(endpoint -> endpoint.streams);
        Compare compare = new Compare(List.copyOf(endpoints), streams);
        Output<?> output = outputs.size() == 1 ? outputs.getFirst() : Outputs.of(outputs);
        return Interface.create(compare, compare::apply, first.inputs, streams ? output.streaming() : output).apiName("parallel");
    }

    /** The handler: a class, not a lambda, so that the inputs keep their apps' labels rather than take its parameter's name. */
    private record Compare(List<ComposedEndpoint> endpoints, boolean streams) implements Fn.Dynamic {
        @Override
        public @Nullable Object apply(List<@Nullable Object> args) {
            Stream<List<@Nullable Object>> steps = ParallelSteps.of(endpoints, args);
            if (streams) {
                return steps.map(Compare::shaped);
            }
            try (steps) {
                // Each app answers once: the last step holds every answer.
                return steps.reduce((before, after) -> after).map(Compare::shaped).orElse(null);
            }
        }

        private static @Nullable Object shaped(List<@Nullable Object> values) {
            return values.size() == 1 ? values.getFirst() : values;
        }
    }
}
