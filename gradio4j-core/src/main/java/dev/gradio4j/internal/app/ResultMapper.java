package dev.gradio4j.internal.app;

import java.util.List;

/** Splits a handler's result (or one streamed element) into one {@link Slot} per output. */
@FunctionalInterface
public interface ResultMapper {
    /**
     * @throws OutputMismatchException when the result does not fit the outputs
     */
    List<Slot> map(Object result);

    /** A handler's result does not fit its outputs; the message says how. */
    final class OutputMismatchException extends RuntimeException {
        public OutputMismatchException(String message) {
            super(message);
        }
    }
}
