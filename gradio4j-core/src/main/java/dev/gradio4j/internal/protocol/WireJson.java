package dev.gradio4j.internal.protocol;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes protocol records with Gradio's snake_case field names. Map keys are written as they are,
 * so component values (already plain trees) pass through unchanged.
 */
public final class WireJson {
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .build();

    private WireJson() {}

    /** Compact JSON of a protocol record or a plain tree. */
    public static String write(Object message) {
        return MAPPER.writeValueAsString(message);
    }
}
