package dev.gradio4j;

import dev.gradio4j.internal.json.JsonTypes;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What components whose value is a {@link String} share: the payload is the string itself, and
 * the API describes it as one. A number or a boolean is taken as its text, as Gradio takes it
 * ({@code 123} becomes {@code "123"}, {@code true} becomes {@code "True"}); lists and objects are
 * refused.
 */
abstract class StringComponent<S extends StringComponent<S>> extends Component<@Nullable String, S> {
    @Override
    protected @Nullable String validate(@Nullable Object payload) {
        return payload == null || payload instanceof String || payload instanceof java.lang.Number || payload instanceof Boolean
                ? null : "expected a string, got " + JsonTypes.describe(payload);
    }

    @Override
    protected @Nullable String preprocess(@Nullable Object payload, ValueContext context) {
        return switch (payload) {
            case null -> null;
            case Boolean flag -> flag ? "True" : "False";
            default -> payload.toString();
        };
    }

    @Override
    protected @Nullable Object postprocess(@Nullable String value, ValueContext context) {
        return value;
    }

    @Override
    protected @Nullable String coerce(@Nullable Object value) {
        return value == null ? null : value.toString();
    }

    @Override
    protected Map<String, Object> apiInfo() {
        return JsonTypes.schema("string");
    }
}
