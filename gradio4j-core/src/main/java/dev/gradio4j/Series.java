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
 * Each app runs as {@link App#call} runs it, its {@link State}s fresh each time. An app before
 * the last runs to its end, and its last values go on (a Series shows only the last app's
 * outputs, so there is nowhere to show the steps of the others); when the last app streams, so
 * does the Series, each of its steps shown as it comes, and the page's Stop button stops the run
 * at whichever app it is in. An app's failure ends the run with an error saying which app it was
 * ({@code app 2 (/shout): ...}).
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
        for (int i = 0; i < apps.length; i++) {
            endpoints.add(ComposedEndpoint.of(apps[i], i + 1));
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
        ComposedEndpoint last = endpoints.getLast();
        Output<?> output = last.outputs.size() == 1 ? last.outputs.getFirst() : Outputs.of(last.outputs);
        return Interface.create(chain, chain::apply, endpoints.getFirst().inputs, last.streams ? output.streaming() : output)
                .apiName("series");
    }

    /** The handler: a class, not a lambda, so that the inputs keep their apps' labels rather than take its parameter's name. */
    private record Chain(List<ComposedEndpoint> endpoints) implements Fn.Dynamic {
        @Override
        public @Nullable Object apply(List<@Nullable Object> args) {
            List<@Nullable Object> values = args;
            for (ComposedEndpoint endpoint : endpoints.subList(0, endpoints.size() - 1)) {
                values = endpoint.call(values);
            }
            ComposedEndpoint last = endpoints.getLast();
            return last.streams ? last.steps(values).map(Chain::shaped) : shaped(last.call(values));
        }

        private static @Nullable Object shaped(List<@Nullable Object> values) {
            return values.size() == 1 ? values.getFirst() : values;
        }
    }
}
