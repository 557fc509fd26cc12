package dev.gradio4j;

import dev.gradio4j.internal.app.EventContext;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.SynchronousQueue;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * Streams for {@link Output#streaming() streaming outputs} from an iterator, or from code that
 * pushes values through a callback:
 *
 * {@snippet class="dev.gradio4j.examples.snippets.HandlerSnippets" region="generator"}
 */
public final class Generator {
    private Generator() {}

    /** The iterator's values, as a stream. */
    public static <T extends @Nullable Object> Stream<T> of(Iterator<T> iterator) {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator, Spliterator.ORDERED), false);
    }

    /** The iterable's values, as a stream. */
    public static <T extends @Nullable Object> Stream<T> of(Iterable<T> iterable) {
        return StreamSupport.stream(iterable.spliterator(), false);
    }

    /**
     * The values {@code body} passes to its callback, as a stream. The body runs on its own
     * virtual thread when the stream is first read, and each {@code accept} waits until the
     * value is taken, so a slow browser slows the producer rather than piling values up.
     * Closing the stream (as a cancelled event does) interrupts the body; an exception it throws
     * is rethrown to the reader. {@link Gr#info} and the other toasts work in the body as in the
     * handler.
     */
    public static <T extends @Nullable Object> Stream<T> emit(Body<T> body) {
        var handoff = new Handoff<T>(body);
        return of(handoff).onClose(handoff::stop);
    }

    /** Code that produces values through a callback. */
    @FunctionalInterface
    public interface Body<T extends @Nullable Object> {
        /** Produces values by calling {@code emit}; returns when done. */
        void run(Consumer<T> emit) throws Exception;
    }

    /** Hands values from the producer thread to the reader, one at a time. */
    private static final class Handoff<T extends @Nullable Object> implements Iterator<T> {
        private static final Object END = new Object();
        private static final Object NULL = new Object();
        private final Body<T> body;
        private final SynchronousQueue<Object> queue = new SynchronousQueue<>();
        private Thread producer;
        private Object next;
        private Throwable failure;

        Handoff(Body<T> body) {
            this.body = body;
        }

        @Override
        public boolean hasNext() {
            if (producer == null) {
                // The body runs on its own thread; it gets the event's context so that Gr.info,
                // Gr.warning and Gr.success called from it reach the client, as from the handler.
                EventContext event = EventContext.CURRENT.get();
                producer = Thread.ofVirtual().name("gradio4j-generator").start(() -> produce(event));
            }
            if (next == null) {
                try {
                    next = queue.take();
                } catch (InterruptedException e) {
                    stop();
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while waiting for the next value", e);
                }
            }
            if (next == END) {
                if (failure != null) {
                    throw failure instanceof RuntimeException re ? re : new IllegalStateException(failure);
                }
                return false;
            }
            return true;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Object value = next;
            next = null;
            return value == NULL ? null : (T) value;
        }

        private void produce(EventContext event) {
            EventContext.CURRENT.set(event);
            try {
                body.run(value -> {
                    try {
                        queue.put(value == null ? NULL : value);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new StopProducing();
                    }
                });
            } catch (StopProducing e) {
                return;
            } catch (Throwable e) {
                failure = e;
            }
            try {
                queue.put(END);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        void stop() {
            if (producer != null) {
                producer.interrupt();
            }
        }

        private static final class StopProducing extends RuntimeException {
            StopProducing() {
                super(null, null, false, false);
            }
        }
    }
}
