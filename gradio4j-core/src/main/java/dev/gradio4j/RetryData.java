package dev.gradio4j;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Which message the user asked to answer again, for handlers of a Chatbot's {@code retry} event
 * that take {@link Gr#retryData()} as an input: the last user message. Gradio's
 * {@code gr.RetryData}.
 *
 * @param index the message's position in the conversation
 * @param value the message's content: its text, a file, or a list of its parts
 */
public record RetryData(int index, @Nullable Object value) {

    static RetryData from(Object eventData) {
        return eventData instanceof Map<?, ?> map && map.get("index") instanceof java.lang.Number index
                ? new RetryData(index.intValue(), map.get("value")) : null;
    }
}
