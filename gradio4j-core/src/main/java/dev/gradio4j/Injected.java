package dev.gradio4j;

import dev.gradio4j.internal.app.EventContext;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * An input supplied by the server rather than the browser: the request, a progress reporter,
 * the event's data. Made by {@link Gr#request()}, {@link Gr#progress()}, {@link Gr#selectData()}.
 */
final class Injected<T extends @Nullable Object> implements Input<T> {
    final String name;
    final Function<EventContext, T> resolver;

    Injected(String name, Function<EventContext, T> resolver) {
        this.name = name;
        this.resolver = resolver;
    }
}
