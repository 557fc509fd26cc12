package dev.gradio4j;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The properties a block sends to the browser in the app config, in Gradio's snake_case names.
 * Null values are left out, as Gradio leaves out arguments that are {@code None}.
 */
public final class Props {
    private final Map<String, Object> values = new LinkedHashMap<>();

    Props() {}

    /** Sets a property; a null value removes it. */
    public Props put(String name, @Nullable Object value) {
        if (value == null) {
            values.remove(name);
        } else {
            values.put(name, value);
        }
        return this;
    }

    /** Sets a property to null, for the few Gradio sends as null rather than leaving out. */
    Props putNull(String name) {
        values.put(name, null);
        return this;
    }

    Map<String, Object> asMap() {
        return values;
    }
}
