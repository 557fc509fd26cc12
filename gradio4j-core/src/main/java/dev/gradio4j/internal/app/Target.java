package dev.gradio4j.internal.app;

/**
 * One trigger of a dependency: an event of a component, or (for {@code then}, {@code success}
 * and {@code failure}) of the dependency it follows, which has no component.
 *
 * @param componentId the component's id; 0 for the app itself ({@code load}), null for a follow-up
 * @param event       Gradio's event name ({@code click}, {@code key_up}, {@code then}, ...)
 */
public record Target(Integer componentId, String event) {}
