package dev.gradio4j;

import dev.gradio4j.internal.app.Invoker;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** Where every event method ({@code click}, {@code then}, {@code Gr.on}, ...) registers its dependency. */
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

    /**
     * One dependency fired by each of {@code triggers}; with none, by every input's
     * {@code change}, as Gradio's {@code gr.on(triggers=None)}.
     */
    static Dependency listenAll(List<Trigger> triggers, Serializable fn, Invoker invoker,
                                Output<?> output, List<? extends Input<?>> inputs) {
        List<Trigger> all = triggers.isEmpty() ? changesOf(inputs) : triggers;
        if (all.isEmpty()) {
            throw new IllegalArgumentException("Gr.on needs at least one trigger (button.onClick(), ...), or an input"
                    + " whose change can trigger it; none of the inputs " + inputs + " has a change event.");
        }
        Trigger first = all.getFirst();
        Dependency dependency = listen(first.source, first.event, fn, invoker, output, inputs);
        dependency.declaredWithOn = true;
        for (Trigger other : all.subList(1, all.size())) {
            dependency.alsoOn(other);
        }
        return dependency;
    }

    private static List<Trigger> changesOf(List<? extends Input<?>> inputs) {
        List<Trigger> changes = new ArrayList<>();
        for (Input<?> input : inputs) {
            if (input instanceof OnChange changing) {
                changes.add(changing.onChange());
            }
        }
        return changes;
    }
}
