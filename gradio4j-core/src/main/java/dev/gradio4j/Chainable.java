package dev.gradio4j;

/**
 * Follow-up events of a {@link Dependency}, run by the browser after it ends: {@code then}
 * always, {@code success} only when it succeeded, {@code failure} only when it failed. Each
 * takes the same handler shapes as the component events.
 */
public interface Chainable extends OnThen, OnSuccess, OnFailure {}
