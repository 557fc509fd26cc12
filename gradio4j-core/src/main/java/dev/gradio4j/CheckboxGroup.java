package dev.gradio4j;

import dev.gradio4j.internal.json.JsonTypes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A group of checkboxes over fixed choices; its value is the {@link List} of checked choices.
 * Gradio's {@code gr.CheckboxGroup}.
 */
public final class CheckboxGroup extends Component<List<String>, CheckboxGroup>
        implements OnChange, OnInput, OnSelect {
    private final List<String> choices;

    private CheckboxGroup(List<String> choices) {
        this.choices = List.copyOf(choices);
    }

    /** Checkboxes for the given choices, none checked. */
    public static CheckboxGroup of(String... choices) {
        return new CheckboxGroup(List.of(choices));
    }

    /** Checkboxes for the given choices, none checked. */
    public static CheckboxGroup of(List<String> choices) {
        return new CheckboxGroup(choices);
    }

    @Override
    protected String type() {
        return "checkboxgroup";
    }

    @Override
    protected void writeProps(Props props) {
        super.writeProps(props);
        props.put("choices", Choices.payload(choices));
        props.put("type", "value");
        props.put("buttons", List.of());
        if (value() == null) {
            props.put("value", List.of());
        }
    }

    @Override
    protected @Nullable String validate(@Nullable Object payload) {
        if (payload == null) {
            return null;
        }
        if (!(payload instanceof List<?> list)) {
            return "expected a list of choices, got " + JsonTypes.describe(payload);
        }
        for (Object item : list) {
            if (!choices.contains(item)) {
                return Choices.notAChoice(item, choices);
            }
        }
        return null;
    }

    @Override
    protected List<String> preprocess(@Nullable Object payload, ValueContext context) {
        List<String> checked = new ArrayList<>();
        if (payload instanceof List<?> list) {
            list.forEach(item -> checked.add((String) item));
        }
        return checked;
    }

    @Override
    protected Object postprocess(@Nullable List<String> value, ValueContext context) {
        return value == null ? List.of() : value;
    }

    @Override
    protected Map<String, Object> apiInfo() {
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("items", Map.of("enum", choices, "type", "string"));
        info.put("title", "Checkbox Group");
        info.put("type", "array");
        return info;
    }

    @Override
    protected Object examplePayload() {
        return choices.isEmpty() ? List.of() : List.of(choices.getFirst());
    }
}
