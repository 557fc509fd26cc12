package dev.gradio4j;

import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Where an event handler's result goes: one component ({@code Output<T>} takes a {@code T}),
 * several ({@link Outputs#of}), or a stream of updates ({@link #streaming()}).
 *
 * @param <R> the type the handler must return; {@code @Nullable} when it may return null
 */
public sealed interface Output<R extends @Nullable Object> permits Component, Outputs, StreamingOutput {

    /**
     * This output, fed by a handler that returns a {@link Stream}: each element updates the
     * output in the browser as it is produced (sent as a diff), and the last one stays.
     * Use {@link Generator} to stream from an {@code Iterator} or a callback.
     */
    default Output<Stream<R>> streaming() {
        return new StreamingOutput<>(this);
    }
}
