package dev.gradio4j;

import org.jspecify.annotations.Nullable;

/**
 * Something an event handler takes a value from: a component (its current value in the
 * browser) or an injected value such as {@link Gr#request()} or {@link Gr#progress()}.
 * The type parameter is the Java type the handler receives, checked by the compiler; it is
 * {@code @Nullable} when the handler may receive null (an empty field).
 *
 * @param <T> the value type the handler parameter must accept
 */
public sealed interface Input<T extends @Nullable Object> permits Component, Injected {}
