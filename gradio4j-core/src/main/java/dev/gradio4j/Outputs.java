package dev.gradio4j;

import java.util.List;

/**
 * Several outputs of one event. The handler returns one of:
 * <ul>
 *   <li>{@link Updates}: values and property updates keyed by component; outputs it does not
 *       name are left as they are;</li>
 *   <li>a record, a {@link List} or an array, one element per output in order.</li>
 * </ul>
 * Any element may also be an {@link Update}.
 *
 * {@snippet class="dev.gradio4j.examples.snippets.HandlerSnippets" region="outputs"}
 */
public final class Outputs implements Output<Object> {
    final List<Component<?, ?>> components;

    private Outputs(List<Component<?, ?>> components) {
        this.components = components;
    }

    /** The given components, in the order the handler's values fill them. */
    public static Outputs of(Component<?, ?>... components) {
        return new Outputs(List.of(components));
    }

    /** The given components, in the order the handler's values fill them. */
    public static Outputs of(List<? extends Component<?, ?>> components) {
        return new Outputs(List.copyOf(components));
    }

    /** The components an output writes to, in order. */
    static List<Component<?, ?>> componentsOf(Output<?> output) {
        return switch (output) {
            case null -> List.of();
            case Component<?, ?> component -> List.of(component);
            case Outputs outputs -> outputs.components;
            case StreamingOutput<?> streaming -> componentsOf(streaming.target);
        };
    }
}
