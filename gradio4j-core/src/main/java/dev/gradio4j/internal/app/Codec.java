package dev.gradio4j.internal.app;

import dev.gradio4j.ValueContext;

/** A component's value conversions, as the runtime sees them. */
public interface Codec {
    /** Null when the payload is acceptable, else what is wrong with it. */
    String validate(Object payload);

    /** Wire payload to the handler's Java value. */
    Object preprocess(Object payload, ValueContext context) throws Exception;

    /**
     * A Java value converted leniently to the handler's type ({@code 2} to {@code 2.0} for a
     * Number), as {@code postprocess} does first; a {@link ClassCastException} when it cannot be.
     */
    default Object coerce(Object value) {
        return value;
    }

    /** A handler's Java value (converted leniently) to the wire payload. */
    Object postprocess(Object value, ValueContext context) throws Exception;
}
