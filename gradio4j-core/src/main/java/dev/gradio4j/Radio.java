package dev.gradio4j;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Radio buttons over fixed choices; its value is the chosen {@link String}. Gradio's {@code gr.Radio}. */
public final class Radio extends StringComponent<Radio> implements OnChange, OnInput, OnSelect {
    private final List<String> choices;

    private Radio(List<String> choices) {
        this.choices = List.copyOf(choices);
    }

    /** Radio buttons for the given choices, none chosen. */
    public static Radio of(String... choices) {
        return new Radio(List.of(choices));
    }

    /** Radio buttons for the given choices, none chosen. */
    public static Radio of(List<String> choices) {
        return new Radio(choices);
    }

    @Override
    protected String type() {
        return "radio";
    }

    @Override
    protected void writeProps(Props props) {
        super.writeProps(props);
        props.put("choices", Choices.payload(choices));
        props.put("type", "value");
        props.put("rtl", false);
        props.put("buttons", java.util.List.of());
    }

    @Override
    protected @Nullable String validate(@Nullable Object payload) {
        return payload == null || choices.contains(payload) ? null : Choices.notAChoice(payload, choices);
    }

    @Override
    protected Map<String, Object> apiInfo() {
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("enum", choices);
        info.put("title", "Radio");
        info.put("type", "string");
        return info;
    }

    @Override
    protected @Nullable Object examplePayload() {
        return choices.isEmpty() ? null : choices.getFirst();
    }
}
