package dev.gradio4j;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Several apps run one after the other, each one's outputs the next one's inputs: Gradio 3's
 * {@code gr.Series} (Gradio 4 dropped it). The result is an {@link Interface} showing the first
 * app's inputs and the last app's outputs; Submit calls each app's first public endpoint, local
 * or {@link Gr#load loaded}, in turn.
 *
 * {@snippet class="dev.gradio4j.examples.snippets.ComposeSnippets" region="series"}
 *
 * <p>A value passes from one app to the next as the next app's input component takes it (a
 * text for a Textbox, an image for an Image): the components at each junction must agree.
 * Each app runs as {@link App#call} runs it: to its end when it streams, its {@link State}s
 * fresh each time.
 */
public final class Series {
    private Series() {}

    /**
     * The apps in series, called as the {@code /series} endpoint.
     *
     * @throws IllegalArgumentException when fewer than two apps are given, an app has no public
     *     endpoint, or an app's endpoint returns a different number of values than the next one takes
     */
    public static Interface of(App... apps) {
        if (apps.length < 2) {
            throw new IllegalArgumentException("Series chains at least two apps, not " + apps.length + ".");
        }
        List<ComposedEndpoint> endpoints = new ArrayList<>();
        for (App app : apps) {
            endpoints.add(ComposedEndpoint.of(app));
        }
        for (int i = 0; i + 1 < endpoints.size(); i++) {
            ComposedEndpoint from = endpoints.get(i);
            ComposedEndpoint to = endpoints.get(i + 1);
            if (from.outputs.size() != to.inputs.size()) {
                throw new IllegalArgumentException("Series feeds each app's outputs to the next app, but app " + (i + 1) + "'s /"
                        + from.apiName + " returns " + from.outputs.size() + " value(s) and app " + (i + 2) + "'s /" + to.apiName
                        + " takes " + to.inputs.size() + ".");
            }
        }
        Chain chain = new Chain(List.copyOf(endpoints));
        List<Component<?, ?>> outputs = endpoints.getLast().outputs;
        Output<?> output = outputs.size() == 1 ? outputs.getFirst() : Outputs.of(outputs);
        return Interface.create(chain, chain::apply, endpoints.getFirst().inputs, output).apiName("series");
    }

    /** The handler: a class, not a lambda, so that the inputs keep their apps' labels rather than take its parameter's name. */
    private record Chain(List<ComposedEndpoint> endpoints) implements Fn.Dynamic {
        @Override
        public @Nullable Object apply(List<@Nullable Object> args) {
            List<@Nullable Object> values = args;
            for (ComposedEndpoint endpoint : endpoints) {
                values = endpoint.call(values);
            }
            return values.size() == 1 ? values.getFirst() : values;
        }
    }
}
