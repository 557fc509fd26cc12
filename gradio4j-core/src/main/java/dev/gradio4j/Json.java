package dev.gradio4j;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A JSON viewer. As an input its value is the parsed JSON as plain Java ({@code Map},
 * {@code List}, {@code String}, {@code Number}, {@code Boolean}, null); as an output it takes
 * any of those, or a record or bean, written as JSON. Gradio's {@code gr.JSON}.
 */
public final class Json extends Component<@Nullable Object, Json> implements OnChange {
    private Integer openDepth;

    private Json() {}

    /** An empty JSON viewer. */
    public static Json create() {
        return new Json();
    }

    /** How many levels are expanded at first. */
    public Json openDepth(int depth) {
        this.openDepth = depth;
        return this;
    }

    @Override
    protected String type() {
        return "json";
    }

    @Override
    protected void writeProps(Props props) {
        super.writeProps(props);
        props.put("open", openDepth);
        props.put("buttons", java.util.List.of("copy")); // Gradio 6's corner buttons
        props.put("show_indices", false);
    }

    @Override
    protected @Nullable Object preprocess(@Nullable Object payload, ValueContext context) {
        return payload;
    }

    @Override
    protected @Nullable Object postprocess(@Nullable Object value, ValueContext context) {
        return value == null ? null : dev.gradio4j.internal.json.JsonCodec.toTree(value);
    }

    @Override
    protected Map<String, Object> apiInfo() {
        return Map.of();
    }

    @Override
    protected Object examplePayload() {
        return Map.of("a", 1, "b", 2);
    }
}
