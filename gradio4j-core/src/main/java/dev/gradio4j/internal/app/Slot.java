package dev.gradio4j.internal.app;

import java.util.Map;

/** What a handler's result says about one output. */
public sealed interface Slot {

    /** Leave the output as it is. */
    record Skip() implements Slot {}

    /** Set the output's value (a Java value, postprocessed by the output's codec). */
    record Value(Object value) implements Slot {}

    /** Change properties, and the value when {@code hasValue}. */
    record Update(Map<String, Object> props, boolean hasValue, Object value) implements Slot {}

    /** Send a payload already in wire form (a cached example's output) as it is. */
    record Payload(Object payload) implements Slot {}

    Slot SKIP = new Skip();
}
