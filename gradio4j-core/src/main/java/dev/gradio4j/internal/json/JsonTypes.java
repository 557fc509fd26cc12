package dev.gradio4j.internal.json;

import java.util.List;
import java.util.Map;

/** Names JSON value kinds in error messages ("a string", "a number"). */
public final class JsonTypes {
    private JsonTypes() {}

    public static String describe(Object payload) {
        if (payload == null) {
            return "null";
        } else if (payload instanceof String) {
            return "a string";
        } else if (payload instanceof java.lang.Number) {
            return "a number";
        } else if (payload instanceof Boolean) {
            return "a boolean";
        } else if (payload instanceof List<?>) {
            return "a list";
        } else if (payload instanceof Map<?, ?>) {
            return "an object";
        }
        return payload.getClass().getSimpleName();
    }

    public static Map<String, Object> schema(String type) {
        return Map.of("type", type);
    }
}
