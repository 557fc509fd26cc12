package dev.gradio4j;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

/**
 * A chat's API endpoint, as Gradio 6's: it takes the message (and the additional inputs), keeps
 * the conversation in the session, and returns (or streams) the answer. Hidden from the page.
 */
final class ChatApi {
    private ChatApi() {}

    /** Adds the endpoint, named {@code apiName}, reading the message from {@code box}. */
    static void addTo(Blocks blocks, Component<?, ?> box, ChatFunction function, List<Component<?, ?>> additionalInputs,
                      String apiName) {
        State<List<ChatMessage>> history = State.of(List.of());
        ChatResponse response = new ChatResponse();
        Button api = Button.of("API").visible(false);
        List<Input<?>> inputs = new ArrayList<>(List.of(box, history));
        inputs.addAll(additionalInputs);
        api.click(args -> answer(function, Conversation.message(args.get(0)), Conversation.of(args.get(1)),
                                args.subList(2, args.size()), response, history),
                        inputs, Outputs.of(response, history).streaming())
                .apiName(apiName);
        blocks.add(Row.of(api, response).visible(false));
    }

    private static Stream<Object> answer(ChatFunction function, MultimodalValue message, List<ChatMessage> before,
                                         List<Object> extras, ChatResponse response, State<List<ChatMessage>> history) {
        AtomicReference<Stream<List<ChatMessage>>> running = new AtomicReference<>(
                ChatReplies.of(() -> function.call(message, before, extras), false));
        Iterator<List<ChatMessage>> answers = running.get().iterator();
        ChatMessage question = Conversation.question(message);
        Iterator<Object> updates = new Iterator<>() {
            private List<ChatMessage> last = List.of();
            private boolean started;

            // One step per answer step; an answer with no step at all still records the question.
            @Override
            public boolean hasNext() {
                return !started || answers.hasNext();
            }

            @Override
            public Object next() {
                if (answers.hasNext()) {
                    last = answers.next();
                }
                started = true;
                // Each step records the exchange so far: an answer stopped midway is kept, as in Gradio.
                return Updates.of().set(response, value(last)).set(history, Conversation.with(before, question, last));
            }
        };
        return ChatFunction.closing(updates, running);
    }

    /** What the API returns: the answer's text, or the messages themselves when they have files or metadata. */
    private static Object value(List<ChatMessage> answer) {
        if (answer.size() == 1 && answer.getFirst().files().isEmpty() && answer.getFirst().metadata() == null) {
            return answer.getFirst().text();
        }
        if (answer.isEmpty()) {
            return "";
        }
        return answer.size() == 1 ? answer.getFirst() : answer;
    }
}
