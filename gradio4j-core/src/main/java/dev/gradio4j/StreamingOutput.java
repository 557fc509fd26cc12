package dev.gradio4j;

import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/** An output fed element by element from a handler's {@link Stream}; see {@link Output#streaming()}. */
final class StreamingOutput<R extends @Nullable Object> implements Output<Stream<R>> {
    final Output<R> target;

    StreamingOutput(Output<R> target) {
        if (target instanceof StreamingOutput<?>) {
            throw new IllegalArgumentException("An output is already streaming; call streaming() once.");
        }
        this.target = target;
    }
}
