package dev.gradio4j.client;

import dev.gradio4j.client.GradioClientException.Kind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Lines a call's arguments up with an endpoint's parameters: positional or by name, defaults
 * filled in, each checked against its parameter's JSON type, so that a mistake is told here, by
 * parameter name, rather than as the app's generic error. Then a null goes in for each
 * {@code gr.State} input, whose value the app keeps per session.
 */
final class Arguments {
    private Arguments() {}

    /** The arguments by position; missing trailing ones take their defaults. */
    static List<@Nullable Object> positional(AppConfig.Dependency dependency, @Nullable Endpoint endpoint, @Nullable Object[] args) {
        String name = dependency.label();
        if (endpoint == null) {
            if (args.length != dependency.parameterCount()) {
                throw refused(name + " takes " + dependency.parameterCount() + " argument" + plural(dependency.parameterCount())
                        + ", but " + args.length + " " + were(args.length) + " given.");
            }
            return withState(dependency, Arrays.asList(args));
        }
        List<Parameter> parameters = endpoint.parameters();
        if (args.length > parameters.size()) {
            throw refused(name + " takes " + parameters.size() + " argument" + plural(parameters.size()) + " " + signature(endpoint)
                    + ", but " + args.length + " " + were(args.length) + " given.");
        }
        List<@Nullable Object> values = new ArrayList<>();
        for (int i = 0; i < parameters.size(); i++) {
            Parameter parameter = parameters.get(i);
            if (i < args.length) {
                values.add(checked(name, parameter, args[i]));
            } else if (parameter.hasDefault()) {
                values.add(parameter.defaultValue());
            } else {
                throw refused(name + " needs its argument '" + parameter.name() + "' " + signature(endpoint) + ", but only "
                        + args.length + " " + were(args.length) + " given.");
            }
        }
        return withState(dependency, values);
    }

    /** The arguments by parameter name; the others take their defaults. */
    static List<@Nullable Object> named(AppConfig.Dependency dependency, @Nullable Endpoint endpoint, Map<String, ?> args) {
        String name = dependency.label();
        if (endpoint == null) {
            throw refused("The app does not describe the parameters of " + name + ", so they cannot be passed by name: pass its "
                    + dependency.parameterCount() + " argument" + plural(dependency.parameterCount()) + " by position.");
        }
        Set<String> unknown = new LinkedHashSet<>(args.keySet());
        endpoint.parameters().forEach(p -> unknown.remove(p.name()));
        if (!unknown.isEmpty()) {
            throw refused(name + " has no parameter " + unknown.stream().map(n -> "'" + n + "'").collect(Collectors.joining(", "))
                    + "; its parameters are " + signature(endpoint) + ".");
        }
        List<@Nullable Object> values = new ArrayList<>();
        for (Parameter parameter : endpoint.parameters()) {
            if (args.containsKey(parameter.name())) {
                values.add(checked(name, parameter, args.get(parameter.name())));
            } else if (parameter.hasDefault()) {
                values.add(parameter.defaultValue());
            } else {
                throw refused(name + " needs its argument '" + parameter.name() + "' " + signature(endpoint) + ".");
            }
        }
        return withState(dependency, values);
    }

    /**
     * The value, if its JSON type can be what the parameter's schema says: a string for a number,
     * say, cannot. Strings take numbers and booleans, as the apps convert them.
     */
    private static @Nullable Object checked(String endpoint, Parameter parameter, @Nullable Object value) {
        if (value == null || !(parameter.schema().get("type") instanceof String type)) {
            return value;
        }
        boolean fits = switch (type) {
            case "string" -> value instanceof CharSequence || value instanceof Number || value instanceof Boolean
                    || value instanceof FileInput || value instanceof java.nio.file.Path;
            case "number" -> value instanceof Number;
            case "integer" -> value instanceof Number number && number.doubleValue() == Math.rint(number.doubleValue());
            case "boolean" -> value instanceof Boolean;
            case "array" -> value instanceof Iterable<?> || value.getClass().isArray();
            default -> true;
        };
        if (!fits) {
            throw refused("Argument '" + parameter.name() + "' of " + endpoint + " must be " + article(type) + " (" + parameter.type()
                    + ", for its " + parameter.component() + "), not " + Values.display(value) + ".");
        }
        return value;
    }

    private static List<@Nullable Object> withState(AppConfig.Dependency dependency, List<@Nullable Object> values) {
        List<@Nullable Object> data = new ArrayList<>();
        int next = 0;
        for (boolean state : dependency.stateInputs()) {
            data.add(state || next >= values.size() ? null : values.get(next++));
        }
        return data;
    }

    private static String signature(Endpoint endpoint) {
        return endpoint.parameters().stream().map(Parameter::toString).collect(Collectors.joining(", ", "(", ")"));
    }

    private static String article(String type) {
        return switch (type) {
            case "integer", "array" -> "an " + type;
            default -> "a " + type;
        };
    }

    private static String plural(int count) {
        return count == 1 ? "" : "s";
    }

    private static String were(int count) {
        return count == 1 ? "was" : "were";
    }

    private static GradioClientException refused(String message) {
        return new GradioClientException(Kind.VALIDATION, message);
    }
}
