package dev.gradio4j;

import dev.gradio4j.internal.app.FunctionNames;
import dev.gradio4j.internal.app.Invoker;
import dev.gradio4j.internal.app.Shortcuts;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An app around one function: its inputs in a column with Clear and Submit buttons, its outputs
 * beside them, optional title, description, examples and article. Gradio's {@code gr.Interface}.
 *
 * {@snippet class="dev.gradio4j.examples.snippets.InterfaceSnippets" region="interface"}
 *
 * Component arguments are checked against the function's types by the compiler; Gradio's string
 * shortcuts ("text", "number", "image", "label", "file", "state", ...) are checked when the app
 * starts and when it runs.
 *
 * <p>Its page is laid out as Gradio's for each of its four kinds:
 * <ul>
 *   <li>inputs and outputs: the inputs with Clear and Submit under them, the outputs beside them
 *       with the Flag buttons under them;</li>
 *   <li>no outputs (a null output; Gradio's input-only interface): the inputs, Clear and Submit,
 *       and no flagging;</li>
 *   <li>no inputs (a function of none; output-only): the outputs with Clear, Generate (whatever
 *       {@link #submitLabel} says) and the Flag buttons under them; a {@link #live} one runs when
 *       the page loads, and again on Generate;</li>
 *   <li>the same components as inputs and as outputs, in the same order (unified): one column of
 *       them, Clear, Submit and the Flag buttons under it; a flag holds each component once.</li>
 * </ul>
 *
 * <p>A function that streams (its output {@link Output#streaming() streaming}) gets a Stop
 * button, as in Gradio: hidden until a run starts, then shown in Submit's (or Generate's) place
 * until the run ends, fails or is stopped. A {@link #live} interface has none.
 */
public final class Interface extends InterfaceFactories implements App {
    private final Serializable fn;
    private final Invoker invoker;
    private final List<Component<?, ?>> inputs;
    private final Output<?> output;
    private String title;
    private String description;
    private String article;
    private final List<List<Object>> examples = new ArrayList<>();
    private final ExampleOptions exampleOptions = new ExampleOptions();
    private String submitLabel = "Submit";
    private String stopLabel = "Stop";
    private @Nullable String clearLabel = "Clear";
    private String apiName;
    private boolean concurrencyLimitSet;
    private Integer concurrencyLimit;
    private boolean live;
    private Integer maxBatchSize;
    private final List<Component<?, ?>> additionalInputs = new ArrayList<>();
    private String additionalInputsLabel = "Additional Inputs";
    private final InterfaceFlagging flagging = new InterfaceFlagging();
    private Path examplesFolder;
    private Interpretation interpretation;
    private final PageStyle style = new PageStyle();

    private Interface(Serializable fn, Invoker invoker, List<? extends Component<?, ?>> inputs, Output<?> output) {
        this.fn = fn;
        this.invoker = invoker;
        this.inputs = List.copyOf(inputs);
        this.output = output;
    }

    /** Called by the typed factories {@link InterfaceFactories} generates, one per number of inputs. */
    static Interface create(Serializable fn, Invoker invoker, List<? extends Component<?, ?>> inputs, Output<?> output) {
        return new Interface(fn, invoker, inputs, output);
    }

    /** An interface of one input and one output given by Gradio's shortcuts ("text", "image", ...). */
    public static <A extends @Nullable Object, R extends @Nullable Object> Interface of(Fn.F1<A, R> fn, String input, String output) {
        return of(Handlers.of(fn)::invoke, List.of(input), List.of(output), fn);
    }

    /** An interface of two inputs and one output given by Gradio's shortcuts. */
    public static <A extends @Nullable Object, B extends @Nullable Object, R extends @Nullable Object> Interface of(
            Fn.F2<A, B, R> fn, String a, String b, String output) {
        return of(Handlers.of(fn)::invoke, List.of(a, b), List.of(output), fn);
    }

    /**
     * An interface of any number of inputs and outputs, each a component or a shortcut string.
     * With several outputs the function returns a record, a list or an array (see {@link Outputs}).
     */
    public static Interface of(Fn.Dynamic fn, List<?> inputs, List<?> outputs) {
        return of(fn, inputs, outputs, fn);
    }

    private static Interface of(Fn.Dynamic fn, List<?> inputSpecs, List<?> outputSpecs, Serializable named) {
        State<?> sharedState = inputSpecs.contains("state") && outputSpecs.contains("state") ? State.create() : null;
        List<Component<?, ?>> inputs = inputSpecs.stream().<Component<?, ?>>map(spec -> Shortcuts.component(spec, sharedState)).toList();
        List<Component<?, ?>> outputs = outputSpecs.stream().<Component<?, ?>>map(spec -> Shortcuts.component(spec, sharedState)).toList();
        Output<?> output = outputs.size() == 1 ? outputs.getFirst() : Outputs.of(outputs);
        return new Interface(named, fn::apply, inputs, output);
    }

    /** A title shown above the app and in the browser tab. */
    public Interface title(@Nullable String title) {
        this.title = title;
        return this;
    }

    /** Markdown shown below the title. */
    public Interface description(@Nullable String description) {
        this.description = description;
        return this;
    }

    /** Markdown shown below the app. */
    public Interface article(@Nullable String article) {
        this.article = article;
        return this;
    }

    /** Example inputs, one row of values (one per input) each; clicking one fills the inputs. */
    public Interface examples(List<List<@Nullable Object>> rows) {
        rows.forEach(row -> examples.add(new ArrayList<>(row)));
        return this;
    }

    /** Examples for a single-input interface, one value each. */
    public Interface examples(@Nullable Object... values) {
        Arrays.stream(values).forEach(value -> examples.add(Arrays.asList(value)));
        return this;
    }

    /**
     * Examples read from a folder when the app is built: the rows of its {@code log.csv} (a
     * flagging log, renamed, reads back), or each of its files for a single input; Gradio's
     * {@code examples="folder"}. See {@link Examples#fromFolder}.
     */
    public Interface examplesFrom(Path folder) {
        this.examplesFolder = folder;
        return this;
    }

    /**
     * Whether the examples' outputs are cached, so that a click shows them without running the
     * function: all at start-up, or each on its first click with {@link #cacheMode}. See
     * {@link Dataset#cache(CacheMode)} for where and how long they are kept.
     *
     * {@snippet class="dev.gradio4j.examples.snippets.InterfaceSnippets" region="cachedExamples"}
     */
    public Interface cacheExamples(boolean cache) {
        exampleOptions.cache = cache;
        return this;
    }

    /** When cached examples run (with {@link #cacheExamples}): {@link CacheMode#EAGER} (the default) or {@link CacheMode#LAZY}. */
    public Interface cacheMode(CacheMode mode) {
        exampleOptions.mode = java.util.Objects.requireNonNull(mode);
        return this;
    }

    /** Where cached examples are kept (default {@code .gradio/cached_examples}, or the {@code GRADIO_EXAMPLES_CACHE} variable's folder). */
    public Interface examplesCacheFolder(Path folder) {
        exampleOptions.folder = folder;
        return this;
    }

    /** How many examples a page shows (default 10). */
    public Interface examplesPerPage(int count) {
        exampleOptions.perPage = count;
        return this;
    }

    /**
     * The example the page opens with, its inputs and cached outputs shown (default the first,
     * 0), when the examples are cached eagerly and no input has a value of its own: Gradio's
     * {@code preload_example}; see {@link Dataset#preload(int)}. An index that is not one of the
     * examples stops the build, saying how many there are.
     */
    public Interface preloadExample(int index) {
        exampleOptions.preload = index;
        return this;
    }

    /** Whether the page opens with the first example preloaded (the default) or with none: {@code preload_example=False}. */
    public Interface preloadExample(boolean preload) {
        exampleOptions.preload = preload ? Integer.valueOf(0) : null;
        return this;
    }

    /** Labels shown in place of the examples' values, one per example. */
    public Interface exampleLabels(String... labels) {
        exampleOptions.labels = List.of(labels);
        return this;
    }

    /**
     * The Submit button's text, as Gradio's {@code submit_btn}. An interface without inputs has
     * a Generate button instead, whatever this says, as in Gradio.
     */
    public Interface submitLabel(@Nullable String label) {
        this.submitLabel = label;
        return this;
    }

    /**
     * The Stop button's text ("Stop" by default), as Gradio's {@code stop_btn}: the button a
     * streaming function's interface shows while a run goes.
     *
     * @throws NullPointerException for null: the Stop button is there whenever the function streams
     */
    public Interface stopLabel(String label) {
        this.stopLabel = java.util.Objects.requireNonNull(label, "stopLabel: the Stop button needs a text");
        return this;
    }

    /**
     * The Clear button's text ("Clear" by default), as Gradio's {@code clear_btn}; null hides the
     * button, as Gradio's {@code clear_btn=None} (it stays in the page, hidden).
     */
    public Interface clearLabel(@Nullable String label) {
        this.clearLabel = label;
        return this;
    }

    /** The endpoint's API name (default: the function's name). */
    public Interface apiName(@Nullable String apiName) {
        this.apiName = apiName;
        return this;
    }

    /** How many runs may go at once; null for no limit. */
    public Interface concurrencyLimit(@Nullable Integer limit) {
        this.concurrencyLimitSet = true;
        this.concurrencyLimit = limit;
        return this;
    }

    /**
     * Runs the function whenever an input changes, instead of on Submit (which is then not shown),
     * as Gradio's {@code live=True}. While a run is going, further changes wait, and only the
     * newest one runs next: typing fast runs the function on the text so far, never on a queue of
     * stale ones.
     */
    public Interface live(boolean live) {
        this.live = live;
        return this;
    }

    /**
     * When runs are flagged: {@link FlaggingMode#MANUAL} (a Flag button, the default, or
     * {@code GRADIO_FLAGGING_MODE} when set), {@link FlaggingMode#AUTO} (every run) or
     * {@link FlaggingMode#NEVER}.
     * {@snippet class="dev.gradio4j.examples.snippets.FlaggingSnippets" region="options"}
     */
    public Interface flaggingMode(FlaggingMode mode) {
        flagging.mode(mode);
        return this;
    }

    /**
     * Runs the function on batches of up to {@code maxBatchSize} waiting requests, as Gradio's
     * {@code batch=True, max_batch_size=...}: the function must be a {@link Fn.Dynamic}, which
     * gets each input as a {@code List} of the batch's values and returns a list per output.
     * Callers still send one sample and get one answer.
     * {@snippet class="dev.gradio4j.examples.snippets.ComposeSnippets" region="batch"}
     *
     * @throws IllegalArgumentException when {@code maxBatchSize} is below 1
     * @throws IllegalStateException when the function is a typed one
     */
    public Interface batch(int maxBatchSize) {
        if (maxBatchSize < 1) {
            throw new IllegalArgumentException("a batch holds at least 1 request: " + maxBatchSize);
        }
        if (!(fn instanceof Fn.Dynamic)) {
            throw new IllegalStateException("batch(" + maxBatchSize + ") needs a Fn.Dynamic function, which receives each input as a"
                    + " List of the batch's values: Interface.of(fn, inputs, outputs) with fn taking a List of arguments.");
        }
        this.maxBatchSize = maxBatchSize;
        return this;
    }

    /**
     * One Flag button per option, labelled "Flag as <i>option</i>"; the option is logged with
     * the flag. Only for {@link FlaggingMode#MANUAL}.
     *
     * @throws IllegalArgumentException for a blank or repeated option
     */
    public Interface flaggingOptions(String... options) {
        Arrays.stream(options).forEach(option -> flagging.option("Flag as " + option, option));
        return this;
    }

    /**
     * Shows these inputs (some of the function's inputs, given as the same components) in a
     * closed accordion under the others, as Gradio's {@code additional_inputs}: settings a user
     * rarely changes, such as a temperature. They stay in the function's order for the API.
     *
     * @throws IllegalArgumentException when a component is not one of the interface's inputs
     */
    public Interface additionalInputs(Component<?, ?>... inputs) {
        for (Component<?, ?> input : inputs) {
            if (!this.inputs.contains(input)) {
                throw new IllegalArgumentException("additionalInputs takes inputs the function already has, to show them in the"
                        + " accordion; " + input + " is not one of this interface's " + this.inputs.size() + " inputs.");
            }
            additionalInputs.add(input);
        }
        return this;
    }

    /** The label of the accordion holding the {@link #additionalInputs} ("Additional Inputs" by default). */
    public Interface additionalInputsAccordion(String label) {
        this.additionalInputsLabel = java.util.Objects.requireNonNull(label, "label");
        return this;
    }

    /**
     * One Flag button labelled {@code label}, which logs {@code value}; Gradio's
     * {@code flagging_options=[(label, value)]}.
     *
     * @throws IllegalArgumentException for a blank label or value, or a repeated label
     */
    public Interface flaggingOption(String label, String value) {
        flagging.option(label, value);
        return this;
    }

    /** The folder the flags go to (default {@code .gradio/flagged}); made at the first flag. */
    public Interface flaggingDir(Path folder) {
        flagging.folder(folder);
        return this;
    }

    /** Where flags go (default: a {@link CsvLogger}). */
    public Interface flaggingCallback(FlaggingCallback callback) {
        flagging.callback(callback);
        return this;
    }

    /**
     * Adds an Interpret button under the {@link Label} output, which shows what in each text or
     * image input made the top class; null for none. See {@link Interpretation}.
     */
    public Interface interpretation(@Nullable Interpretation interpretation) {
        this.interpretation = interpretation;
        return this;
    }

    /** The page's theme, as Gradio's {@code theme}; a {@link Launch#theme} wins over it. */
    public Interface theme(@Nullable Theme theme) {
        style.theme(theme);
        return this;
    }

    /** Custom CSS for the page, as Gradio's {@code css}; see {@link Launch#css}. */
    public Interface css(@Nullable String css) {
        style.css(css);
        return this;
    }

    /** CSS files for the page, read at launch; see {@link Launch#cssPaths}. */
    public Interface cssPaths(java.nio.file.Path... paths) {
        style.cssPaths(paths);
        return this;
    }

    /** JavaScript run when the page loads; see {@link Launch#js}. */
    public Interface js(@Nullable String js) {
        style.js(js);
        return this;
    }

    /** A JavaScript file run when the page loads, read at launch; see {@link Launch#jsPath}. */
    public Interface jsPath(java.nio.file.@Nullable Path path) {
        style.jsPath(path);
        return this;
    }

    /** Custom HTML for the page's {@code <head>}; see {@link Launch#head}. */
    public Interface head(@Nullable String head) {
        style.head(head);
        return this;
    }

    /** HTML files for the page's {@code <head>}, read at launch; see {@link Launch#headPaths}. */
    public Interface headPaths(java.nio.file.Path... paths) {
        style.headPaths(paths);
        return this;
    }

    /** The app as {@link Blocks}, to launch or to place in a tab of a bigger app. */
    @Override
    public Blocks toBlocks() {
        Blocks blocks = Blocks.of();
        blocks.mode = "interface";
        blocks.style.copyFrom(style);
        if (title != null) {
            blocks.title(title);
            blocks.add(Markdown.appTitle(title));
        }
        if (description != null) {
            blocks.add(Markdown.of(description));
        }
        Kind kind = kind();
        List<Component<?, ?>> shownOutputs = new ArrayList<>();
        Outputs.componentsOf(output).stream().filter(c -> !(c instanceof State<?>)).forEach(shownOutputs::add);
        labelAsGradioDoes(shownOutputs);
        List<Component<?, ?>> clearable = new ArrayList<>(inputs);
        shownOutputs.stream().filter(c -> kind == Kind.UNIFIED || !clearable.contains(c)).forEach(clearable::add);
        // Gradio's output-only interface always says "Generate", whatever its submit_btn.
        Button submit = Button.of(kind == Kind.OUTPUT_ONLY ? "Generate" : submitLabel).variant(ButtonVariant.PRIMARY);
        // Without a label, Clear is still there, hidden, as Gradio's clear_btn=None.
        ClearButton clear = ClearButton.of().add(clearable);
        if (clearLabel != null) {
            clear.value(clearLabel);
        } else {
            clear.visible(false);
        }
        boolean stoppable = output instanceof StreamingOutput<?> && !live;
        Button stop = stoppable ? Button.of(stopLabel).variant(ButtonVariant.STOP).visible(false) : null;
        Row buttons = Row.of(clear);
        // Gradio's live interfaces have no Submit, but for a unified one (shown, wired to nothing)
        // and an output-only one (Generate runs it again).
        if (!live || kind != Kind.STANDARD && kind != Kind.INPUT_ONLY) {
            buttons.add(submit);
        }
        if (stoppable) {
            buttons.add(stop);
        }
        Row flagRow = buttons;
        Row row = Row.of();
        if (kind != Kind.OUTPUT_ONLY) {
            Column fields = Column.of(inputs.stream().filter(c -> !(c instanceof State<?>) && !additionalInputs.contains(c)).toArray(Block<?>[]::new));
            if (!additionalInputs.isEmpty()) {
                fields.add(Accordion.of(additionalInputsLabel, additionalInputs.toArray(Block<?>[]::new)).open(false));
            }
            row.add(Column.of(fields, buttons));
        }
        if (kind == Kind.STANDARD || kind == Kind.OUTPUT_ONLY) {
            Column outputColumn = Column.of(shownOutputs.toArray(Block<?>[]::new));
            if (interpretation != null) {
                outputColumn.add(interpretation.layoutFor(invoker, inputs, output));
            }
            flagRow = kind == Kind.OUTPUT_ONLY ? buttons : Row.of();
            outputColumn.add(flagRow);
            row.add(outputColumn);
        }
        blocks.add(row);
        Dependency last = wireRun(blocks, kind, submit, stop);
        if (kind != Kind.INPUT_ONLY) {
            // As Gradio: a unified interface's flag holds each of its components once, its inputs.
            List<Component<?, ?>> flagged = InterfaceFlagging.flaggedComponents(inputs, kind == Kind.UNIFIED ? List.of() : shownOutputs);
            // Gradio's automatic flag is sent the inputs and the outputs, so a unified one's twice; it logs them once.
            List<Component<?, ?>> sent = new ArrayList<>(flagged);
            if (kind == Kind.UNIFIED) {
                sent.addAll(flagged);
            }
            flagging.attach(flagRow, clear, last, flagged, sent);
        }
        List<List<Object>> allExamples = new ArrayList<>(examples);
        if (examplesFolder != null) {
            allExamples.addAll(ExampleFolder.read(examplesFolder, inputs));
        }
        if (!allExamples.isEmpty()) {
            blocks.add(exampleOptions.dataset(inputs, allExamples, fn, invoker, output));
        }
        if (article != null) {
            blocks.add(Markdown.of(article));
        }
        return blocks;
    }

    /**
     * Wires the function's run as Gradio does for the interface's kind, and returns the step
     * automatic flagging follows: the run, or, with a Stop button, the step that brings Submit back
     * (which comes after a failed run too).
     */
    private Dependency wireRun(Blocks blocks, Kind kind, Button submit, @Nullable Button stop) {
        Dependency run;
        Dependency last;
        if (live && kind == Kind.OUTPUT_ONLY) {
            // Gradio runs a live output-only function when the page loads, and again on Generate.
            Events.listen(blocks, "load", fn, invoker, output, List.of());
            run = Events.listen(submit, "click", fn, invoker, output, List.of());
            last = run;
        } else if (live) {
            run = Events.listenAll(List.of(), fn, invoker, output, inputs).triggerMode(TriggerMode.ALWAYS_LAST);
            last = run;
        } else if (stop != null) {
            // As Gradio: Submit hides itself and shows Stop, then the function runs; whatever its
            // end (done, failed or stopped), Submit comes back.
            Fn.Dynamic start = showingStop(true);
            Dependency started = Events.listenAll(submitTriggers(submit), start, start::apply, Outputs.of(submit, stop), List.of())
                    .apiName("lambda").apiVisibility(ApiVisibility.UNDOCUMENTED).queue(false);
            run = Events.listen(started, "then", fn, invoker, output, inputs).scrollToOutput(true);
            Outputs swapped = Outputs.of(submit, stop);
            last = run.then(showingStop(false), List.of(), swapped).apiName("cleanup").apiVisibility(ApiVisibility.UNDOCUMENTED).queue(false);
            stop.click(showingStop(false), List.of(), swapped).apiName("cleanup").apiVisibility(ApiVisibility.UNDOCUMENTED).queue(false);
            // Gradio's cancel function: a listener with no function of its own, which only stops the run.
            Events.listen(stop, "click", null, null, null, List.of()).cancels(run).apiName("unnamed");
        } else {
            run = Events.listenAll(submitTriggers(submit), fn, invoker, output, inputs).scrollToOutput(true);
            last = run;
        }
        if (apiName != null) {
            run.apiName(apiName);
        }
        if (concurrencyLimitSet) {
            run.concurrencyLimit(concurrencyLimit);
        }
        if (maxBatchSize != null) {
            run.batch(maxBatchSize);
        }
        return last;
    }

    /**
     * Gradio's four kinds of interface: inputs and outputs; only inputs; only outputs; or the
     * same components as inputs and as outputs, in the same order.
     */
    private enum Kind { STANDARD, INPUT_ONLY, OUTPUT_ONLY, UNIFIED }

    private Kind kind() {
        List<Component<?, ?>> outputs = Outputs.componentsOf(output);
        if (inputs.isEmpty() && outputs.isEmpty()) {
            throw new IllegalArgumentException("An Interface needs at least one input or one output; this one has neither.");
        }
        if (outputs.isEmpty()) {
            return Kind.INPUT_ONLY;
        }
        if (inputs.isEmpty()) {
            return Kind.OUTPUT_ONLY;
        }
        boolean same = inputs.size() == outputs.size();
        for (int i = 0; same && i < inputs.size(); i++) {
            same = inputs.get(i) == outputs.get(i);
        }
        return same ? Kind.UNIFIED : Kind.STANDARD;
    }

    /** Submit hidden and Stop shown while a run goes ({@code running}), or the other way round. */
    private static Fn.Dynamic showingStop(boolean running) {
        return args -> List.of(Update.of().visible(!running), Update.of().visible(running));
    }

    private List<Trigger> submitTriggers(Button submit) {
        List<Trigger> triggers = new ArrayList<>(List.of(submit.onClick()));
        for (Component<?, ?> input : inputs) {
            if (input instanceof OnSubmit submittable) {
                triggers.add(submittable.onSubmit());
            }
        }
        return triggers;
    }

    /**
     * Gradio's defaults for an interface's components: an input without a label is labelled with
     * its parameter's name, an output with "output" ("output 0", "output 1"... for several), and
     * an output the app did not make interactive is read-only.
     */
    private void labelAsGradioDoes(List<Component<?, ?>> shownOutputs) {
        List<String> names = FunctionNames.parameterNames(fn, inputs.size());
        for (int i = 0; i < inputs.size(); i++) {
            if (inputs.get(i).label() == null && names.get(i) != null) {
                inputs.get(i).label(names.get(i));
            }
        }
        for (int i = 0; i < shownOutputs.size(); i++) {
            Component<?, ?> out = shownOutputs.get(i);
            if (out.label() == null) {
                out.label(shownOutputs.size() == 1 ? "output" : "output " + i);
            }
            if (!inputs.contains(out) && out.interactiveOrNull() == null) {
                out.interactive(false);
            }
        }
    }

    /**
     * Calls the interface's function through its endpoint ({@code "/predict"} for a method
     * {@code predict}, or the {@link #apiName}) as a Java function; see {@link Blocks#call}. The
     * interface need not be launched, and calling it changes nothing of it.
     * {@snippet class="dev.gradio4j.examples.snippets.LoadSnippets" region="interfaceCall"}
     */
    @Override
    public @Nullable Object call(String endpoint, @Nullable Object... args) {
        // One dependency on an app of its own, not toBlocks(): that wires the inputs' submit events each time.
        Blocks alone = Blocks.of();
        Dependency run = Events.listen(alone, "load", fn, invoker, output, inputs);
        if (apiName != null) {
            run.apiName(apiName);
        }
        return alone.call(endpoint, args);
    }
}
