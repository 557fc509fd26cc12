package dev.gradio4j.internal.app;

import java.util.List;

/** Calls a user handler with its arguments in input order. */
@FunctionalInterface
public interface Invoker {
    Object invoke(List<Object> args) throws Exception;
}
