package dev.gradio4j;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Which message the user rated, for handlers of a Chatbot's {@code like} event that take
 * {@link Gr#likeData()} as an input. Gradio's {@code gr.LikeData}.
 *
 * @param index the message's position in the conversation
 * @param value the message's content: its text, a file, or a list of its parts
 * @param liked true for a thumb up, false for a thumb down
 */
public record LikeData(int index, @Nullable Object value, boolean liked) {

    static LikeData from(Object eventData) {
        if (!(eventData instanceof Map<?, ?> map) || !(map.get("index") instanceof java.lang.Number index)) {
            return null;
        }
        return new LikeData(index.intValue(), map.get("value"), !Boolean.FALSE.equals(map.get("liked")));
    }
}
