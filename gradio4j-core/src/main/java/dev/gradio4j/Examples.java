package dev.gradio4j;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Clickable example inputs: a {@link Dataset} whose click fills the given input components with
 * the sample's values. Gradio's {@code gr.Examples}.
 *
 * {@snippet class="dev.gradio4j.examples.snippets.BlocksSnippets" region="examples"}
 *
 * <p>A value is what the input's handler would take (a {@code String} for a {@link Textbox}, a
 * number for a {@link Number}), or, for a file component ({@link Image}, {@link File}), a file's
 * path as a {@code String} or {@code Path}, relative to the working directory, as Gradio users
 * write them. A value the component cannot take, or a file that does not exist, stops the launch
 * with a message naming the example ({@code examples[row][column]}) and the component. Examples
 * made with a function can be cached ({@link Dataset#cache}); {@link Dataset#sampleLabels} shows
 * labels in place of the values, {@link Dataset#samplesPerPage} pages them, and cached examples
 * open the page with the first one shown ({@link Dataset#preload(int)}).
 */
public final class Examples {
    private Examples() {}

    /** A dataset of samples, one value per input in each, that fills the inputs when clicked. */
    public static Dataset of(List<? extends Component<?, ?>> inputs, List<List<@Nullable Object>> samples) {
        Dataset dataset = Dataset.of(inputs, samples);
        fill(dataset, inputs);
        return dataset;
    }

    /**
     * Examples that also run: once a clicked sample fills the inputs, {@code fn} runs on them and
     * writes {@code output}. Gradio's {@code gr.Examples(..., fn=, outputs=, run_on_click=True)}.
     */
    public static Dataset of(List<? extends Component<?, ?>> inputs, List<List<@Nullable Object>> samples, Fn.Dynamic fn,
                             @Nullable Output<?> output) {
        return running(Dataset.of(inputs, samples), inputs, fn, fn::apply, output);
    }

    /** Examples for a single input that also run {@code fn} into {@code output} when clicked. */
    public static <A extends @Nullable Object, R extends @Nullable Object> Dataset of(Fn.F1<A, R> fn, Component<A, ?> input,
                                                                                     @Nullable Output<R> output, List<A> values) {
        List<List<Object>> samples = new ArrayList<>();
        values.forEach(value -> samples.add(Arrays.asList(value)));
        return running(Dataset.of(List.of(input), samples), List.of(input), fn, Handlers.of(fn), output);
    }

    /**
     * Makes clicking a sample of {@code dataset} fill {@code inputs} and then run {@code fn} into
     * {@code output}; {@link Dataset#cache} replaces the run by the cached outputs.
     */
    static Dataset running(Dataset dataset, List<? extends Component<?, ?>> inputs, java.io.Serializable fn,
                           dev.gradio4j.internal.app.Invoker invoker, @Nullable Output<?> output) {
        Dependency fill = fill(dataset, inputs);
        Dependency follower = Events.listen(fill, "then", fn, invoker, output, inputs).apiVisibility(ApiVisibility.UNDOCUMENTED);
        dataset.run = new ExampleRun(fn, invoker, List.copyOf(inputs), output, fill, follower);
        return dataset;
    }

    /**
     * Examples read from {@code folder}, as Gradio's {@code gr.Examples(examples="folder")}: the
     * rows of its {@code log.csv} after the header (the first value for the first input, and so
     * on; later columns, such as a flagging log's outputs, are left out), or, for a single input
     * and no {@code log.csv}, each file in it. A file the log names is looked for in the folder,
     * then as the path it is.
     *
     * @throws IllegalArgumentException saying what to fix, when the folder or its
     *     {@code log.csv} is missing or malformed, a row is short, or a file it names is missing
     */
    public static Dataset fromFolder(List<? extends Component<?, ?>> inputs, Path folder) {
        return of(inputs, ExampleFolder.read(folder, inputs));
    }

    /** Makes clicking a sample of {@code dataset} fill {@code inputs}; answers that listener, to chain after. */
    static Dependency fill(Dataset dataset, List<? extends Component<?, ?>> inputs) {
        List<Component<?, ?>> targets = List.copyOf(inputs);
        // Gradio's Examples make a "tuple" Dataset (its handlers get the index and the sample); the page sends the index either way.
        dataset.wireType = "tuple";
        dataset.headers(targets.stream().map(input -> input.label() == null ? "" : input.label()).toArray(String[]::new));
        return dataset.click(args -> new ArrayList<>(dataset.sample((Integer) args.getFirst())), List.of(dataset),
                        Outputs.of(targets))
                .apiName("load_example")
                .apiVisibility(ApiVisibility.UNDOCUMENTED)
                .queue(false)
                .showProgress(ShowProgress.HIDDEN);
    }

    /** Examples for a single input, one value each. */
    public static Dataset of(Component<?, ?> input, @Nullable Object... values) {
        List<List<Object>> samples = new ArrayList<>();
        Arrays.stream(values).forEach(value -> samples.add(Arrays.asList(value)));
        return of(List.of(input), samples);
    }
}
