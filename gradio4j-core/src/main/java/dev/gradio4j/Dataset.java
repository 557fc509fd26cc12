package dev.gradio4j;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A table of samples the user can click, shown with the look of the components they belong to.
 * As an input its value is the clicked sample's index (in the API too, as Gradio's: an integer).
 * Usually made by {@link Examples}. Gradio's {@code gr.Dataset}.
 */
public final class Dataset extends Component<Integer, Dataset> implements OnClick, OnSelect {
    private final List<Component<?, ?>> components;
    private final List<List<Object>> samples;
    private List<List<Object>> samplePayloads = List.of();
    private int samplesPerPage = 10;
    private List<String> headers;
    private @Nullable List<String> sampleLabels;
    /** What runs when a sample is clicked, for examples made with a function; null for those that only fill. */
    @Nullable ExampleRun run;
    private @Nullable CacheMode cacheMode;
    private @Nullable Path cacheFolder;
    private @Nullable ExampleCache cache;
    /** The config's type: "index" for a Dataset of the app's own; Examples' is "tuple", as Gradio's. */
    String wireType = "index";
    /** The example a cached, eager Dataset loads when the page opens, or null for none. */
    private @Nullable Integer preload = 0;
    /** The page-load events that preload an example (Gradio's), made when caching is wired; kept only while they apply. */
    List<Dependency> preloadEvents = List.of();

    private Dataset(List<Component<?, ?>> components, List<List<Object>> samples) {
        this.components = List.copyOf(components);
        this.samples = samples;
        for (List<Object> sample : samples) {
            if (sample.size() != components.size()) {
                throw new IllegalArgumentException("each sample needs " + components.size()
                        + " values, one per component; got " + sample.size() + ": " + sample);
            }
        }
        label("Examples");
    }

    /** Samples for the given components, one value per component in each sample. */
    public static Dataset of(List<? extends Component<?, ?>> components, List<List<@Nullable Object>> samples) {
        List<List<Object>> copy = new ArrayList<>();
        samples.forEach(sample -> copy.add(new ArrayList<>(sample)));
        return new Dataset(List.copyOf(components), copy);
    }

    /** How many samples a page shows. */
    public Dataset samplesPerPage(int count) {
        this.samplesPerPage = count;
        return this;
    }

    /** Column headers, one per component. */
    public Dataset headers(String... headers) {
        this.headers = List.of(headers);
        return this;
    }

    /**
     * Labels shown in place of the samples, one per sample (Gradio's {@code example_labels}).
     *
     * @throws IllegalArgumentException when there is not one label per sample
     */
    public Dataset sampleLabels(String... labels) {
        if (labels.length != samples.size()) {
            throw new IllegalArgumentException("give one label per example: " + samples.size() + " examples, "
                    + labels.length + " labels");
        }
        this.sampleLabels = List.of(labels);
        return this;
    }

    /**
     * Caches the outputs of examples made with a function ({@link Examples#of(Fn.F1, Component,
     * Output, List)} and the like), so that a click shows them at once without running it.
     * {@link CacheMode#EAGER} runs every example when the app starts, {@link CacheMode#LAZY} each on
     * its first click. The outputs are kept in {@code .gradio/cached_examples} under the working
     * directory (or the {@code GRADIO_EXAMPLES_CACHE} variable's folder, or {@link #cacheFolder}),
     * keyed by the function and the inputs: a restart with the same ones runs nothing. Delete the
     * folder after changing what the function does. A click fills the inputs, then answers
     * {@code /load_example} with the stored outputs, as Gradio's cached examples do.
     *
     * {@snippet class="dev.gradio4j.examples.snippets.BlocksSnippets" region="cachedExamples"}
     *
     * @throws IllegalStateException when the examples have no function to run
     */
    public Dataset cache(CacheMode mode) {
        if (run == null) {
            throw new IllegalStateException("Only examples with a function can be cached: make them with"
                    + " Examples.of(fn, input, output, values) or Examples.of(inputs, samples, fn, output).");
        }
        if (cacheMode == null) {
            CachedExamples.wire(this, run);
        }
        this.cacheMode = java.util.Objects.requireNonNull(mode);
        return this;
    }

    /**
     * The example whose inputs and cached outputs the page shows when it opens (default the
     * first, 0), as Gradio's {@code preload}: only for examples cached eagerly ({@link #cache})
     * whose inputs have no value of their own ({@link Component#value}); otherwise nothing is
     * preloaded. The cached outputs are shown; the function does not run.
     *
     * @throws IllegalArgumentException when {@code index} is not one of the examples
     */
    public Dataset preload(int index) {
        if (index < 0 || index >= samples.size()) {
            throw new IllegalArgumentException("preload " + index + " is not one of the examples: there "
                    + (samples.size() == 1 ? "is 1 example (index 0)" : "are " + samples.size() + " examples (indices 0 to "
                    + (samples.size() - 1) + ")"));
        }
        this.preload = index;
        return this;
    }

    /** Whether the page opens with an example preloaded: {@code true} for the first (as {@link #preload(int) preload(0)}), {@code false} for none. */
    public Dataset preload(boolean preload) {
        if (preload) {
            return preload(0);
        }
        this.preload = null;
        return this;
    }

    /** Whether the page preloads an example when it opens (see {@link #preload(int)}). */
    boolean preloads() {
        return preload != null && cacheMode == CacheMode.EAGER && run != null
                && run.inputs().stream().allMatch(input -> input.value() == null);
    }

    /** The index the preloading events load (read by their States when a page opens). */
    int preloadIndex() {
        return preload == null ? 0 : preload;
    }

    /** Where cached examples are kept (see {@link #cache}); relative to the working directory unless absolute. */
    public Dataset cacheFolder(Path folder) {
        this.cacheFolder = folder;
        return this;
    }

    /** The cached outputs of a sample, in wire form, for the {@code load_example} event; runs the function on a lazy cache's first click. */
    List<Object> cachedOutputs(int index) throws Exception {
        if (cache == null) {
            throw new IllegalStateException("the examples' cache is not ready: the app is not launched");
        }
        return cache.outputs(index);
    }

    /** The Java values of a sample. */
    List<Object> sample(int index) {
        return samples.get(index);
    }

    int size() {
        return samples.size();
    }

    List<Component<?, ?>> components() {
        return components;
    }

    @Override
    void prepare(ValueContext context) throws Exception {
        List<List<Object>> payloads = new ArrayList<>();
        for (int row = 0; row < samples.size(); row++) {
            List<Object> sample = samples.get(row);
            List<Object> rowPayloads = new ArrayList<>();
            for (int i = 0; i < components.size(); i++) {
                rowPayloads.add(payloadOf(components.get(i), sample.get(i), context, row, i));
            }
            payloads.add(rowPayloads);
        }
        samplePayloads = payloads;
        // The preloading events are part of the app only while they apply (eager caching, inputs without values).
        listeners.removeAll(preloadEvents);
        if (preloads()) {
            listeners.addAll(preloadEvents);
        }
        if (cacheMode != null && run != null) {
            cache = new ExampleCache(cacheFolder, cacheMode, run.fn(), run.invoker(), run.inputs(), run.output(), payloads,
                    context, "the examples of " + dev.gradio4j.internal.app.FunctionNames.of(run.fn()));
            cache.start();
        }
    }

    /** An example value in wire form, or a launch error that names the example, its place and its component. */
    private static <T> Object payloadOf(Component<T, ?> component, Object value, ValueContext context, int row, int column)
            throws Exception {
        if (value == null) {
            return null;
        }
        String place = "examples[" + row + "][" + column + "] (" + value + ") for the " + component.apiName()
                + (component.label() != null ? " '" + component.label() + "'" : "");
        T typed;
        try {
            typed = component.coerce(value);
        } catch (ClassCastException | IllegalArgumentException e) {
            throw new IllegalArgumentException("The example " + place + " is a " + value.getClass().getSimpleName()
                    + ", which it cannot take: " + e.getMessage(), e);
        }
        if (typed instanceof Path path && !Files.isRegularFile(path)) {
            throw new IllegalArgumentException("The example " + place + " names a file that does not exist: "
                    + path.toAbsolutePath() + " (a relative path is read from the working directory, "
                    + Path.of("").toAbsolutePath() + ")");
        }
        try {
            return component.postprocess(typed, context);
        } catch (ClassCastException | IllegalArgumentException e) {
            throw new IllegalArgumentException("The example " + place + " cannot be shown: " + e.getMessage(), e);
        }
    }

    @Override
    protected String type() {
        return "dataset";
    }

    @Override
    protected void writeProps(Props props) {
        super.writeProps(props);
        // Gradio 6's {name, class_id}, the class id as gradio4j gives it (the type), and each
        // sample component's props (less its value), which Gradio's page spreads on the samples
        props.put("components", components.stream().map(c -> Map.of("name", c.type(), "class_id", c.type())).toList());
        props.put("component_props", components.stream().map(Dataset::propsOf).toList());
        props.put("samples", samplePayloads);
        props.put("headers", headers == null ? List.of() : headers);
        props.put("sample_labels", sampleLabels);
        props.put("samples_per_page", samplesPerPage);
        props.put("type", wireType);
    }

    private static Map<String, Object> propsOf(Component<?, ?> component) {
        Props own = new Props();
        component.writeProps(own);
        own.put("value", null);
        return own.asMap();
    }

    @Override
    protected @Nullable String validate(@Nullable Object payload) {
        if (!(payload instanceof java.lang.Number n) || n.intValue() < 0 || n.intValue() >= samples.size()) {
            return "expected a sample index from 0 to " + (samples.size() - 1) + ", got " + payload;
        }
        return null;
    }

    @Override
    protected Integer preprocess(@Nullable Object payload, ValueContext context) {
        return ((java.lang.Number) payload).intValue();
    }

    @Override
    protected Object postprocess(@Nullable Integer value, ValueContext context) {
        return value;
    }

    @Override
    protected Map<String, Object> apiInfo() {
        return Map.of("type", "integer", "description", "index of selected example");
    }

    @Override
    protected Object examplePayload() {
        return 0;
    }
}
