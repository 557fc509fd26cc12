package dev.gradio4j;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A change to an output's properties, and optionally its value, as Gradio's {@code gr.update}:
 *
 * {@snippet class="dev.gradio4j.examples.snippets.HandlerSnippets" region="update"}
 *
 * @param <T> the component's value type
 */
public final class Update<T extends @Nullable Object> {
    final Map<String, @Nullable Object> props = new LinkedHashMap<>();
    boolean hasValue;
    @Nullable T value;

    private Update() {}

    /** An update that changes nothing yet. */
    public static <T extends @Nullable Object> Update<T> of() {
        return new Update<>();
    }

    /** Sets the value. */
    public Update<T> value(T value) {
        this.hasValue = true;
        this.value = value;
        return this;
    }

    /** Shows or hides the component. */
    public Update<T> visible(boolean visible) {
        return prop("visible", visible);
    }

    /** Makes the component editable or not. */
    public Update<T> interactive(boolean interactive) {
        return prop("interactive", interactive);
    }

    /** Changes the label. */
    public Update<T> label(@Nullable String label) {
        return prop("label", label);
    }

    /** Changes the help text. */
    public Update<T> info(@Nullable String info) {
        return prop("info", info);
    }

    /** Changes the placeholder. */
    public Update<T> placeholder(@Nullable String placeholder) {
        return prop("placeholder", placeholder);
    }

    /** Changes the choices of a {@link Dropdown}, {@link Radio} or {@link CheckboxGroup}. */
    public Update<T> choices(List<String> choices) {
        return prop("choices", Choices.payload(choices));
    }

    /** Changes any other property, by its Gradio name ({@code "max_lines"}). */
    public Update<T> prop(String name, @Nullable Object value) {
        props.put(name, value);
        return this;
    }
}
