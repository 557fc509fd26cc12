package dev.gradio4j;

import dev.gradio4j.internal.app.PythonJson;
import java.util.ArrayList;
import java.util.List;

/**
 * A button that empties the given components when clicked, in the browser, with no round trip;
 * {@link State} components among them are reset to their initial values on the server.
 * Gradio's {@code gr.ClearButton}.
 *
 * {@snippet class="dev.gradio4j.examples.snippets.ComponentSnippets" region="clearButton"}
 */
public final class ClearButton extends AbstractButton<ClearButton> {
    private final List<Component<?, ?>> targets = new ArrayList<>();
    private boolean wired;

    private ClearButton() {
        super("Clear");
    }

    /** A "Clear" button for the given components. */
    public static ClearButton of(Component<?, ?>... components) {
        return new ClearButton().add(components);
    }

    /** Adds components to clear. */
    public ClearButton add(Component<?, ?>... components) {
        targets.addAll(List.of(components));
        return this;
    }

    /** Adds components to clear. */
    public ClearButton add(List<? extends Component<?, ?>> components) {
        targets.addAll(components);
        return this;
    }

    /** Registers the clearing events, once, when the app is compiled. */
    @Override
    void prepare(ValueContext context) throws Exception {
        if (wired || targets.isEmpty()) {
            return;
        }
        wired = true;
        List<Object> empty = new ArrayList<>();
        List<State<?>> states = new ArrayList<>();
        for (Component<?, ?> target : targets) {
            empty.add(emptyPayload(target));
            if (target instanceof State<?> state) {
                states.add(state);
            }
        }
        Events.listen(this, "click", null, null, Outputs.of(targets), List.of())
                .js("() => " + PythonJson.json(empty))   // spaced as Gradio writes it
                .apiVisibility(ApiVisibility.PRIVATE)
                .queue(false);
        if (!states.isEmpty()) {
            Events.listen(this, "click", null, args -> states.stream().map(State::freshValue).toList(),
                            Outputs.of(states), List.of())
                    .apiVisibility(ApiVisibility.PRIVATE)
                    .queue(false);
        }
    }

    private static <T> Object emptyPayload(Component<T, ?> component) throws Exception {
        return component instanceof State<?> ? null : component.postprocess(null, null);
    }
}
