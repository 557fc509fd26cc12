package dev.gradio4j.client;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One API endpoint of an app: its name, its parameters (in order; a {@code gr.State} input is
 * not one of them, the client keeps it) and what it returns (state left out too).
 *
 * @param name the endpoint's name, with its slash: {@code "/predict"}
 * @param parameters the parameters, in the order {@link Client#predict(String, Object...)} takes them
 * @param returns the values returned, in the order of {@link Result#values()}
 */
public record Endpoint(String name, List<Parameter> parameters, List<ReturnValue> returns) {

    public Endpoint {
        parameters = List.copyOf(parameters);
        returns = List.copyOf(returns);
    }

    /** A signature such as {@code /greet(name: str, punctuation: str = "!") -> greeting: str (Textbox)}. */
    @Override
    public String toString() {
        return name + parameters.stream().map(Parameter::toString).collect(Collectors.joining(", ", "(", ")"))
                + " -> " + (returns.isEmpty() ? "nothing"
                        : returns.stream().map(ReturnValue::toString).collect(Collectors.joining(", ")));
    }
}
