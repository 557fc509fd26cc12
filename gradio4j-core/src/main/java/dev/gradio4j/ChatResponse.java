package dev.gradio4j;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The hidden output a ChatInterface's API endpoint answers through, shown to clients as Gradio's
 * {@code Json} "Response": the answer's text, or, when it has files, metadata or several
 * messages, the messages in Gradio's messages format with their files served.
 */
final class ChatResponse extends Component<@Nullable Object, ChatResponse> {

    ChatResponse() {
        label("Response");
        visible(false);
    }

    @Override
    protected String type() {
        return "json";
    }

    /** Written as a Json's, the viewer's option included, though no one sees it. */
    @Override
    protected void writeProps(Props props) {
        super.writeProps(props);
        props.put("show_indices", false);
        props.put("buttons", List.of("copy"));
    }

    @Override
    protected @Nullable Object preprocess(@Nullable Object payload, ValueContext context) {
        return payload;
    }

    @Override
    protected @Nullable Object postprocess(@Nullable Object value, ValueContext context) throws Exception {
        return switch (value) {
            case ChatMessage message -> ChatMessageCodec.encode(message, context);
            case List<?> messages -> {
                List<Object> payload = new ArrayList<>();
                for (Object message : messages) {
                    payload.add(postprocess(message, context));
                }
                yield payload;
            }
            case null, default -> value;
        };
    }

    @Override
    protected Map<String, Object> apiInfo() {
        return Map.of();
    }

    @Override
    protected Object examplePayload() {
        return "Hello!";
    }
}
