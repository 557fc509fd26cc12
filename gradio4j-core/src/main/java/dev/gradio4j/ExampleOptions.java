package dev.gradio4j;

import dev.gradio4j.internal.app.Invoker;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** How an {@link Interface} shows its examples: caching, paging, labels. Gradio's {@code Interface(cache_examples=, ...)}. */
final class ExampleOptions {
    boolean cache;
    CacheMode mode = CacheMode.EAGER;
    @Nullable Path folder;
    int perPage = 10;
    @Nullable List<String> labels;
    /** The example preloaded when the page opens (with eager caching), or null for none. */
    @Nullable Integer preload = 0;

    /** The examples' Dataset: filling the inputs, and with caching, answering the outputs too. */
    Dataset dataset(List<Component<?, ?>> inputs, List<List<Object>> samples, Serializable fn, Invoker invoker, Output<?> output) {
        Dataset dataset;
        boolean withState = inputs.stream().anyMatch(c -> c instanceof State<?>)
                || Outputs.componentsOf(output).stream().anyMatch(c -> c instanceof State<?>);
        if (cache && withState) {
            // As Gradio: an interface with state cannot cache its examples, and runs without.
            System.err.println("Cached examples cannot be used with state inputs and outputs; the examples are not cached.");
        }
        if (cache && !withState) {
            dataset = Examples.running(Dataset.of(inputs, samples), inputs, fn, invoker, output).cache(mode);
            if (folder != null) {
                dataset.cacheFolder(folder);
            }
            if (preload != null) {
                dataset.preload(preload.intValue());
            } else {
                dataset.preload(false);
            }
        } else {
            dataset = Examples.of(inputs, samples);
        }
        dataset.samplesPerPage(perPage);
        if (labels != null) {
            dataset.sampleLabels(labels.toArray(String[]::new));
        }
        return dataset;
    }
}
