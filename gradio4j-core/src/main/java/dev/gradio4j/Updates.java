package dev.gradio4j;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A handler's result for {@link Outputs}, keyed by component: outputs it names get a value or a
 * property {@link Update}, the others are left as they are (Gradio's dict return and
 * {@code gr.skip()}).
 */
public final class Updates {
    final Map<Component<?, ?>, @Nullable Object> entries = new LinkedHashMap<>();

    private Updates() {}

    /** An empty set of updates: every output is left as it is. */
    public static Updates of() {
        return new Updates();
    }

    /** Sets an output's value. */
    public <T extends @Nullable Object> Updates set(Component<T, ?> output, T value) {
        entries.put(output, value);
        return this;
    }

    /** Changes an output's properties (and its value, if the update has one). */
    public <T extends @Nullable Object> Updates update(Component<T, ?> output, Update<T> update) {
        entries.put(output, update);
        return this;
    }
}
