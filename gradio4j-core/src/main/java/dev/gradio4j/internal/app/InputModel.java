package dev.gradio4j.internal.app;

import java.util.function.Function;

/** One argument of a handler: a component's value, or something the server injects. */
public sealed interface InputModel {

    /** The value of a component (for state, the session's stored value). */
    record FromComponent(ComponentModel component) implements InputModel {}

    /** A value the server makes for the event: the request, a progress reporter, event data. */
    record Injected(String name, Function<EventContext, Object> resolver) implements InputModel {}
}
