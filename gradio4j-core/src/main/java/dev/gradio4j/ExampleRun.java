package dev.gradio4j;

import dev.gradio4j.internal.app.Invoker;
import java.io.Serializable;
import java.util.List;

/**
 * What examples made with a function run: the function, its inputs and outputs, the click that
 * fills the inputs and the follow-up that runs it, which caching replaces.
 */
record ExampleRun(Serializable fn, Invoker invoker, List<Component<?, ?>> inputs, Output<?> output,
                  Dependency fill, Dependency follower) {}
