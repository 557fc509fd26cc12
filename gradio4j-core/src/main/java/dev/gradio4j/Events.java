package dev.gradio4j;

import dev.gradio4j.internal.app.Invoker;
import java.io.Serializable;
import java.util.List;

/** Where every event method ({@code click}, {@code then}, ...) registers its dependency. */
final class Events {
    private Events() {}

    static Dependency listen(Object source, String event, Serializable fn, Invoker invoker,
                             Output<?> output, List<? extends Input<?>> inputs) {
        var dependency = new Dependency(source, event, fn, invoker, output, List.copyOf(inputs));
        switch (source) {
            case Block<?> block -> block.listeners.add(dependency);
            case Blocks blocks -> blocks.listeners.add(dependency);
            case Dependency previous -> previous.followers.add(dependency);
            default -> throw new IllegalStateException("not an event source: " + source);
        }
        return dependency;
    }

    @SuppressWarnings("unchecked")
    static <X> X arg(List<Object> args, int index) {
        return (X) args.get(index);
    }
}
