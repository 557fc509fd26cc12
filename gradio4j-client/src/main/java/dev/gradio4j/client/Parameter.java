package dev.gradio4j.client;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One parameter of an {@link Endpoint}, as the app's {@code /info} describes it.
 *
 * @param name the name to pass it by in {@link Client#predict(String, Map)}
 * @param label the input component's label, or null
 * @param type the value's type in Python's words ({@code str}, {@code float},
 *     {@code filepath}, {@code Literal['a', 'b']}...)
 * @param hasDefault whether the parameter may be left out
 * @param defaultValue the value used when it is left out (null when there is none, or when it is None)
 * @param component the input component's class name ({@code Textbox}, {@code Image}...)
 * @param schema the JSON Schema of the value on the wire
 */
public record Parameter(String name, @Nullable String label, String type, boolean hasDefault,
                        @Nullable Object defaultValue, String component, Map<String, @Nullable Object> schema) {

    /** {@code name: type} and {@code = default} when there is one, as in a Python signature. */
    @Override
    public String toString() {
        return name + ": " + type + (hasDefault ? " = " + Values.display(defaultValue) : "");
    }
}
