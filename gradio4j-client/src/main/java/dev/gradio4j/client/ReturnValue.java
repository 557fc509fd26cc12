package dev.gradio4j.client;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One value an {@link Endpoint} returns, as the app's {@code /info} describes it.
 *
 * @param label the output component's label, or null
 * @param type the value's type in Python's words ({@code str}, {@code filepath}...)
 * @param component the output component's class name
 * @param schema the JSON Schema of the value on the wire
 */
public record ReturnValue(@Nullable String label, String type, String component, Map<String, @Nullable Object> schema) {

    @Override
    public String toString() {
        return (label == null ? "value" : label) + ": " + type + " (" + component + ")";
    }
}
