package dev.gradio4j;

import dev.gradio4j.internal.json.JsonTypes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A drop-down list of choices. Single choice: its value is a {@link String}
 * ({@link #of(String...)}); several: a {@link List} ({@link #multiselect(String...)}).
 * Gradio's {@code gr.Dropdown}.
 *
 * @param <T> {@code @Nullable String} (null when nothing is chosen) or {@code List<String>}
 */
public final class Dropdown<T extends @Nullable Object> extends Component<T, Dropdown<T>>
        implements OnChange, OnInput, OnSelect, OnFocus, OnBlur, OnKeyUp {
    private final List<String> choices;
    private final boolean multiselect;
    private boolean allowCustomValue;
    private boolean filterable = true;
    private Integer maxChoices;

    private Dropdown(List<String> choices, boolean multiselect) {
        this.choices = List.copyOf(choices);
        this.multiselect = multiselect;
    }

    /** A single-choice drop-down; with no value set, the first choice is selected, as in Gradio. */
    public static Dropdown<@Nullable String> of(String... choices) {
        return new Dropdown<>(List.of(choices), false);
    }

    /** A single-choice drop-down. */
    public static Dropdown<@Nullable String> of(List<String> choices) {
        return new Dropdown<>(choices, false);
    }

    /** A drop-down where several choices can be picked. */
    public static Dropdown<List<String>> multiselect(String... choices) {
        return new Dropdown<>(List.of(choices), true);
    }

    /** A drop-down where several choices can be picked. */
    public static Dropdown<List<String>> multiselect(List<String> choices) {
        return new Dropdown<>(choices, true);
    }

    /** Lets the user type a value that is not among the choices. */
    public Dropdown<T> allowCustomValue(boolean allow) {
        this.allowCustomValue = allow;
        return this;
    }

    /** Whether the user can type to filter the choices. */
    public Dropdown<T> filterable(boolean filterable) {
        this.filterable = filterable;
        return this;
    }

    /** The most choices a multiselect drop-down accepts. */
    public Dropdown<T> maxChoices(int maxChoices) {
        this.maxChoices = maxChoices;
        return this;
    }

    @Override
    protected String type() {
        return "dropdown";
    }

    @Override
    protected void writeProps(Props props) {
        super.writeProps(props);
        props.put("choices", Choices.payload(choices));
        props.put("multiselect", multiselect);
        props.put("allow_custom_value", allowCustomValue);
        props.put("filterable", filterable);
        props.put("max_choices", maxChoices);
        props.put("type", "value");
        props.put("buttons", List.of());
        if (value() == null) {
            props.put("value", multiselect ? List.of() : choices.isEmpty() ? null : choices.getFirst()); // as Gradio
        }
    }

    @Override
    protected @Nullable String validate(@Nullable Object payload) {
        if (payload == null) {
            return null;
        }
        if (!multiselect) {
            return payload instanceof String ? checkChoice(payload) : "expected a string, got " + JsonTypes.describe(payload);
        }
        if (!(payload instanceof List<?> list)) {
            return "expected a list of choices, got " + JsonTypes.describe(payload);
        }
        if (maxChoices != null && list.size() > maxChoices) {
            return list.size() + " choices given; at most " + maxChoices + " are allowed";
        }
        for (Object item : list) {
            String problem = item instanceof String ? checkChoice(item) : "expected strings in the list, got " + JsonTypes.describe(item);
            if (problem != null) {
                return problem;
            }
        }
        return null;
    }

    private String checkChoice(Object value) {
        return allowCustomValue || choices.contains(value) ? null : Choices.notAChoice(value, choices);
    }

    @Override
    @SuppressWarnings("unchecked")
    protected T preprocess(@Nullable Object payload, ValueContext context) {
        if (!multiselect) {
            return (T) payload;
        }
        List<String> picked = new ArrayList<>();
        if (payload instanceof List<?> list) {
            list.forEach(item -> picked.add((String) item));
        }
        return (T) picked;
    }

    @Override
    protected @Nullable Object postprocess(@Nullable T value, ValueContext context) {
        return value == null && multiselect ? List.of() : value;
    }

    @Override
    protected Map<String, Object> apiInfo() {
        Map<String, Object> choice = new LinkedHashMap<>();
        choice.put("enum", choices);
        choice.put("type", "string");
        if (!multiselect) {
            choice.put("title", "Dropdown");
            return choice;
        }
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("items", choice);
        info.put("title", "Dropdown");
        info.put("type", "array");
        return info;
    }

    @Override
    protected @Nullable Object examplePayload() {
        if (choices.isEmpty()) {
            return multiselect ? List.of() : null;
        }
        return multiselect ? List.of(choices.getFirst()) : choices.getFirst();
    }
}
