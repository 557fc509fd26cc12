package dev.gradio4j.internal.app;

import dev.gradio4j.ValueContext;
import org.jspecify.annotations.Nullable;

/**
 * A component's value as it came over the wire, handed to a handler that does its own reading
 * (see {@link DependencyModel#preprocess()}), with the event's files to look its paths up in.
 */
public record RawPayload(@Nullable Object payload, ValueContext files) {}
