package dev.gradio4j;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Which message the user took back, for handlers of a Chatbot's {@code undo} event that take
 * {@link Gr#undoData()} as an input: the last user message. Gradio's {@code gr.UndoData}.
 *
 * @param index the message's position in the conversation
 * @param value the message's content: its text, a file, or a list of its parts
 */
public record UndoData(int index, @Nullable Object value) {

    static UndoData from(Object eventData) {
        return eventData instanceof Map<?, ?> map && map.get("index") instanceof java.lang.Number index
                ? new UndoData(index.intValue(), map.get("value")) : null;
    }
}
