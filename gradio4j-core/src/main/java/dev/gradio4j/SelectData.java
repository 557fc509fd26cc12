package dev.gradio4j;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the user selected, for handlers of {@code select} events that take
 * {@link Gr#selectData()} as an input. Like Gradio's {@code gr.SelectData}.
 *
 * @param index    the selected index (a number, or a [row, column] list for tables)
 * @param value    the selected value
 * @param selected whether it was selected (false when deselected)
 */
public record SelectData(@Nullable Object index, @Nullable Object value, boolean selected) {

    static SelectData from(Object eventData) {
        if (!(eventData instanceof Map<?, ?> map)) {
            return null;
        }
        return new SelectData(map.get("index"), map.get("value"), !Boolean.FALSE.equals(map.get("selected")));
    }
}
