package dev.gradio4j;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.BaseStream;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A chat function's answer as a stream of steps, each the whole answer so far as assistant
 * messages. The function may return a {@code String} or a {@code ChatMessage}, a {@code List} of
 * them (thoughts, then the answer), or a {@code Stream}, {@code Iterator} or {@code Iterable} of
 * any of these. In the page, a {@link GradioError} it throws, at once or mid-stream, becomes a
 * last step that says what went wrong, so the conversation stays usable.
 */
final class ChatReplies {
    private ChatReplies() {}

    /**
     * The steps of {@code call}'s answer; closing the stream closes the function's stream too.
     *
     * @param errorsAsAnswers whether a {@link GradioError} becomes the answer (the page) or is
     *                        thrown on (the API, whose clients get it as an error)
     */
    static Stream<List<ChatMessage>> of(Fn.F0<Object> call, boolean errorsAsAnswers) {
        Object result;
        try {
            result = call.apply();
        } catch (GradioError e) {
            if (!errorsAsAnswers) {
                throw e;
            }
            return Stream.of(error(e));
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        Iterator<?> iterator = switch (result) {
            case BaseStream<?, ?> stream -> stream.iterator();
            case Iterator<?> it -> it;
            case Iterable<?> iterable when !(result instanceof List<?>) -> iterable.iterator();
            case null -> Collections.emptyIterator();
            default -> List.of(result).iterator();
        };
        Iterator<List<ChatMessage>> answers = errorsAsAnswers ? new Guarded(iterator) : new Iterator<>() {
            @Override
            public boolean hasNext() {
                return iterator.hasNext();
            }

            @Override
            public List<ChatMessage> next() {
                return messages(iterator.next());
            }
        };
        Stream<List<ChatMessage>> steps = StreamSupport.stream(
                Spliterators.spliteratorUnknownSize(answers, Spliterator.ORDERED), false);
        return result instanceof BaseStream<?, ?> stream ? steps.onClose(stream::close) : steps;
    }

    /** An answer step as assistant messages. */
    private static List<ChatMessage> messages(Object step) {
        if (step instanceof List<?> list) {
            List<ChatMessage> messages = new ArrayList<>();
            list.forEach(item -> messages.add(message(item)));
            return messages;
        }
        return List.of(message(step));
    }

    private static ChatMessage message(Object answer) {
        return switch (answer) {
            case ChatMessage message -> message;
            case String text -> ChatMessage.assistant(text);
            case null -> ChatMessage.assistant("");
            default -> throw new IllegalStateException("A chat function answers with a String or a ChatMessage (a List of"
                    + " them, or a Stream of either), not a " + answer.getClass().getName());
        };
    }

    private static List<ChatMessage> error(GradioError e) {
        return List.of(ChatMessage.error(e.getMessage()));
    }

    /** The function's steps, ending with the error step when the function fails with a {@link GradioError}. */
    private static final class Guarded implements Iterator<List<ChatMessage>> {
        private final Iterator<?> steps;
        private List<ChatMessage> last = List.of();
        private List<ChatMessage> failure;
        private boolean ended;

        Guarded(Iterator<?> steps) {
            this.steps = steps;
        }

        @Override
        public boolean hasNext() {
            if (ended) {
                return false;
            }
            if (failure != null) {
                return true;
            }
            try {
                if (steps.hasNext()) {
                    return true;
                }
            } catch (GradioError e) {
                failure = failedAfter(e);
                return true;
            }
            ended = true;
            return false;
        }

        @Override
        public List<ChatMessage> next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            if (failure != null) {
                ended = true;
                return failure;
            }
            try {
                last = messages(steps.next());
                return last;
            } catch (GradioError e) {
                ended = true;
                return failedAfter(e);
            }
        }

        /** What was answered so far, then the error. */
        private List<ChatMessage> failedAfter(GradioError e) {
            List<ChatMessage> shown = new ArrayList<>(last.stream().filter(m -> !m.text().isEmpty() || !m.files().isEmpty()).toList());
            shown.addAll(error(e));
            return shown;
        }
    }
}
