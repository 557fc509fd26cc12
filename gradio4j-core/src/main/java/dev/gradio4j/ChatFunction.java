package dev.gradio4j;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The user's chat function and how it is called: with the message as it takes it (text, or text
 * and files), the conversation before it, and the additional inputs' values. Its answers
 * arrive as a stream of steps; closing the stream stops the function's own.
 *
 * @param fn         the function, taking message, history, then the additional inputs
 * @param multimodal whether it takes a {@link MultimodalValue} rather than the text
 */
record ChatFunction(Fn.Dynamic fn, boolean multimodal) {

    /** Calls the function once. */
    Object call(MultimodalValue message, List<ChatMessage> before, List<Object> extras) throws Exception {
        List<Object> args = new ArrayList<>();
        args.add(multimodal ? message : message.text());
        args.add(before);
        args.addAll(extras);
        return fn.apply(args);
    }

    /**
     * The conversation while the function answers {@code turn}: first with the question alone
     * (the function runs only once it is on screen), then with each step of the answer. Errors
     * become answers the user sees.
     */
    Stream<List<ChatMessage>> converse(Conversation.Turn turn, List<Object> extras) {
        AtomicReference<Stream<List<ChatMessage>>> running = new AtomicReference<>();
        Iterator<List<ChatMessage>> shown = new Iterator<>() {
            private Iterator<List<ChatMessage>> answers;

            @Override
            public boolean hasNext() {
                return answers == null || answers.hasNext();
            }

            @Override
            public List<ChatMessage> next() {
                if (answers == null) {
                    List<ChatMessage> history = Conversation.forFunction(turn.before());
                    running.set(ChatReplies.of(() -> call(Conversation.message(turn.question()), history, extras), true));
                    answers = running.get().iterator();
                    return Conversation.with(turn.before(), turn.question(), List.of());
                }
                return Conversation.with(turn.before(), turn.question(), answers.next());
            }
        };
        return closing(shown, running);
    }

    /** A stream of {@code elements} that, when closed, closes the function's stream too. */
    static <T, R> Stream<R> closing(Iterator<R> elements, AtomicReference<Stream<T>> running) {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(elements, Spliterator.ORDERED), false).onClose(() -> {
            if (running.get() != null) {
                running.get().close();
            }
        });
    }
}
