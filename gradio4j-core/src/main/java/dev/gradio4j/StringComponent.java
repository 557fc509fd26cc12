package dev.gradio4j;

import java.util.Map;

/**
 * What components whose value is a {@link String} share: the payload is the string itself, and
 * the API describes it as one.
 */
abstract class StringComponent<S extends StringComponent<S>> extends Component<String, S> {
    @Override
    protected String validate(Object payload) {
        return payload == null || payload instanceof String ? null : "expected a string, got " + JsonTypes.describe(payload);
    }

    @Override
    protected String preprocess(Object payload, ValueContext context) {
        return (String) payload;
    }

    @Override
    protected Object postprocess(String value, ValueContext context) {
        return value;
    }

    @Override
    protected String coerce(Object value) {
        return value == null ? null : value.toString();
    }

    @Override
    protected Map<String, Object> apiInfo() {
        return JsonTypes.schema("string");
    }
}
