package dev.gradio4j.internal.reload;

/**
 * Marks the class loaders that hold an app's own code under the reloader: a new one per save.
 * Objects of their classes cannot outlive a reload (see {@link dev.gradio4j.Reload#keep}).
 */
public interface ReloadableLoader {}
