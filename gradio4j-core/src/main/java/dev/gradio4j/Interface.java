package dev.gradio4j;

import dev.gradio4j.internal.app.FunctionNames;
import dev.gradio4j.internal.app.Invoker;
import dev.gradio4j.internal.app.Shortcuts;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletRegistration;
import java.io.Serializable;
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
 */
public final class Interface extends InterfaceFactories {
    private final Serializable fn;
    private final Invoker invoker;
    private final List<Component<?, ?>> inputs;
    private final Output<?> output;
    private String title;
    private String description;
    private String article;
    private final List<List<Object>> examples = new ArrayList<>();
    private String submitLabel = "Submit";
    private String apiName;
    private boolean concurrencyLimitSet;
    private Integer concurrencyLimit;
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

    /** The Submit button's text. */
    public Interface submitLabel(@Nullable String label) {
        this.submitLabel = label;
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
        List<Component<?, ?>> shownOutputs = new ArrayList<>();
        Outputs.componentsOf(output).stream().filter(c -> !(c instanceof State<?>)).forEach(shownOutputs::add);
        labelAsGradioDoes(shownOutputs);
        List<Component<?, ?>> clearable = new ArrayList<>(inputs);
        shownOutputs.stream().filter(c -> !clearable.contains(c)).forEach(clearable::add);
        Button submit = Button.of(submitLabel).variant(ButtonVariant.PRIMARY);
        ClearButton clear = ClearButton.of().add(clearable);
        Row buttons = Row.of(clear);
        Column inputColumn = Column.of(Column.of(inputs.stream().filter(c -> !(c instanceof State<?>)).toArray(Block<?>[]::new)));
        List<Trigger> triggers = new ArrayList<>(List.of(submit.onClick()));
        for (Component<?, ?> input : inputs) {
            if (input instanceof OnSubmit submittable) {
                triggers.add(submittable.onSubmit());
            }
        }
        Dependency run = Events.listenAll(triggers, fn, invoker, output, inputs).scrollToOutput(true);
        if (apiName != null) {
            run.apiName(apiName);
        }
        if (concurrencyLimitSet) {
            run.concurrencyLimit(concurrencyLimit);
        }
        if (output instanceof StreamingOutput<?>) {
            Button stop = Button.of("Stop").variant(ButtonVariant.STOP);
            stop.click().cancels(run);
            buttons.add(stop);
        }
        buttons.add(submit);
        inputColumn.add(buttons);
        blocks.add(Row.of(inputColumn, Column.of(shownOutputs.toArray(Block<?>[]::new))));
        if (!examples.isEmpty()) {
            blocks.add(Examples.of(inputs, examples));
        }
        if (article != null) {
            blocks.add(Markdown.of(article));
        }
        return blocks;
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
    public @Nullable Object call(String endpoint, @Nullable Object... args) {
        // One dependency on an app of its own, not toBlocks(): that wires the inputs' submit events each time.
        Blocks alone = Blocks.of();
        Dependency run = Events.listen(alone, "load", fn, invoker, output, inputs);
        if (apiName != null) {
            run.apiName(apiName);
        }
        return alone.call(endpoint, args);
    }

    /** Serves the interface; see {@link Blocks#launch()}. */
    public Server launch() {
        return toBlocks().launch();
    }

    /** Serves the interface with options; see {@link Blocks#launch(Launch)}. */
    public Server launch(Launch options) {
        return toBlocks().launch(options);
    }

    /** Serves the interface from a servlet container; see {@link Blocks#mount(ServletContext, String, Launch)}. */
    public ServletRegistration.Dynamic mount(ServletContext context, String path, Launch options) {
        return toBlocks().mount(context, path, options);
    }

    /** Serves the interface from a servlet container with the default options; see {@link Blocks#mount(ServletContext, String)}. */
    public ServletRegistration.Dynamic mount(ServletContext context, String path) {
        return toBlocks().mount(context, path);
    }
}
