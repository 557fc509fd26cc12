package dev.gradio4j;

import dev.gradio4j.internal.json.JsonTypes;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A single checkbox; its value is a {@link Boolean}. Gradio's {@code gr.Checkbox}. */
public final class Checkbox extends Component<Boolean, Checkbox> implements OnChange, OnInput, OnSelect {

    private Checkbox() {}

    /** An unchecked checkbox. */
    public static Checkbox create() {
        return new Checkbox();
    }

    @Override
    protected String type() {
        return "checkbox";
    }

    @Override
    protected void writeProps(Props props) {
        super.writeProps(props);
        props.put("buttons", java.util.List.of());
        if (value() == null) {
            props.put("value", false);
        }
    }

    @Override
    protected @Nullable String validate(@Nullable Object payload) {
        return payload == null || payload instanceof Boolean ? null : "expected true or false, got " + JsonTypes.describe(payload);
    }

    @Override
    protected Boolean preprocess(@Nullable Object payload, ValueContext context) {
        return Boolean.TRUE.equals(payload);
    }

    @Override
    protected Object postprocess(@Nullable Boolean value, ValueContext context) {
        return Boolean.TRUE.equals(value);
    }

    @Override
    protected Map<String, Object> apiInfo() {
        return JsonTypes.schema("boolean");
    }

    @Override
    protected Object examplePayload() {
        return true;
    }
}
