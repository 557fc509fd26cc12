package dev.gradio4j;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Which message the user edited and what it says now, for handlers of a Chatbot's {@code edit}
 * event that take {@link Gr#editData()} as an input. Gradio's {@code gr.EditData}.
 *
 * @param index         the message's position in the conversation
 * @param value         the edited text
 * @param previousValue the text before the edit
 */
public record EditData(int index, @Nullable String value, @Nullable String previousValue) {

    static EditData from(Object eventData) {
        if (!(eventData instanceof Map<?, ?> map) || !(map.get("index") instanceof java.lang.Number index)) {
            return null;
        }
        return new EditData(index.intValue(), text(map.get("value")), text(map.get("previous_value")));
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
