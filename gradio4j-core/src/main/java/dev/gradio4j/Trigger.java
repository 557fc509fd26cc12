package dev.gradio4j;

/**
 * One event of one component or app, named without wiring a handler to it, so that
 * {@link Gr#on} can wire one handler to several: {@code button.onClick()}, {@code box.onSubmit()}.
 */
public final class Trigger {
    final Object source;
    final String event;

    Trigger(Object source, String event) {
        this.source = source;
        this.event = event;
    }

    @Override
    public String toString() {
        return event + " of " + source;
    }
}
