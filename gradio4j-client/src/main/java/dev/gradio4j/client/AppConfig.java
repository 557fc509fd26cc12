package dev.gradio4j.client;

import dev.gradio4j.client.GradioClientException.Kind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the client needs from an app's {@code /config}: its version, queue protocol and API
 * prefix, and for each named dependency which inputs and outputs are state or hidden from the
 * API. Gradio 4 has no prefix (its API is at the root), Gradio 5 and 6 put it under
 * {@code /gradio_api}; 4.x apps use the queue protocols {@code sse_v1} to {@code sse_v3}.
 */
record AppConfig(String version, String protocol, String apiPrefix, boolean connectHeartbeat, List<Dependency> dependencies) {
    /** The queue protocols this client speaks; earlier ones ({@code ws}, {@code sse}) are Gradio 3's. */
    static final Set<String> PROTOCOLS = Set.of("sse_v1", "sse_v2", "sse_v2.1", "sse_v3");
    /** Components whose values the API does not show, as the official clients list them. */
    private static final Set<String> SKIPPED = Set.of("state", "row", "column", "tabs", "tab", "tabitem", "box", "form",
            "accordion", "group", "interpretation", "dataset", "sidebar");

    /**
     * One event handler of the app, as the client calls it.
     *
     * @param fnIndex its index in the config ({@code fn_index} on the wire)
     * @param apiName its name without the slash
     * @param stateInputs for each input, whether it is a {@code gr.State} (the client sends null there)
     * @param shownOutputs for each output, whether the API shows it (state and layout are not)
     */
    record Dependency(int fnIndex, String apiName, List<Boolean> stateInputs, List<Boolean> shownOutputs) {
        int parameterCount() {
            return (int) stateInputs.stream().filter(state -> !state).count();
        }
    }

    /** Reads a config; anything this client cannot call is an {@link Kind#API_CHANGED}. */
    static AppConfig parse(String url, Map<String, Object> config) {
        String version = config.get("version") instanceof String v ? v : "unknown";
        Object protocol = config.getOrDefault("protocol", "ws");
        if (!(protocol instanceof String name) || !PROTOCOLS.contains(name)) {
            throw new GradioClientException(Kind.API_CHANGED, url + " runs Gradio " + version + ", whose queue protocol ("
                    + protocol + ") this client does not speak; it calls Gradio 4, 5 and 6 apps. Upgrade the app's Gradio.");
        }
        String prefix = config.get("api_prefix") instanceof String p ? stripTrailingSlash(p) : "";
        Map<Integer, Boolean> stateById = new HashMap<>();
        Map<Integer, Boolean> shownById = new HashMap<>();
        for (Object entry : list(config.get("components"))) {
            if (entry instanceof Map<?, ?> component && component.get("id") instanceof Number id) {
                String type = String.valueOf(component.get("type"));
                boolean skipped = component.get("skip_api") instanceof Boolean skip ? skip : SKIPPED.contains(type);
                stateById.put(id.intValue(), "state".equals(type));
                shownById.put(id.intValue(), !skipped);
            }
        }
        List<Dependency> dependencies = new ArrayList<>();
        List<?> all = list(config.get("dependencies"));
        for (int position = 0; position < all.size(); position++) {
            if (!(all.get(position) instanceof Map<?, ?> dependency) || !(dependency.get("api_name") instanceof String apiName)
                    || isPrivate(dependency) || Boolean.FALSE.equals(dependency.get("backend_fn"))) {
                continue;
            }
            int fnIndex = dependency.get("id") instanceof Number id ? id.intValue() : position;
            List<Boolean> stateInputs = list(dependency.get("inputs")).stream()
                    .map(id -> id instanceof Number n && stateById.getOrDefault(n.intValue(), false)).toList();
            List<Boolean> shownOutputs = list(dependency.get("outputs")).stream()
                    .map(id -> id instanceof Number n && shownById.getOrDefault(n.intValue(), true)).toList();
            dependencies.add(new Dependency(fnIndex, apiName, stateInputs, shownOutputs));
        }
        return new AppConfig(version, (String) protocol, prefix, Boolean.TRUE.equals(config.get("connect_heartbeat")),
                List.copyOf(dependencies));
    }

    /** Gradio 6 says {@code api_visibility}; Gradio 4 and 5 said {@code api_name: false}, handled above. */
    private static boolean isPrivate(Map<?, ?> dependency) {
        return "private".equals(dependency.get("api_visibility"));
    }

    /** The dependency named {@code endpoint} ({@code "/greet"} or {@code "greet"}), or null. */
    @Nullable Dependency dependency(String endpoint) {
        String name = endpoint.startsWith("/") ? endpoint.substring(1) : endpoint;
        return dependencies.stream().filter(d -> d.apiName().equals(name)).findFirst().orElse(null);
    }

    /** Whether {@code process_generating} carries diffs against the previous step (all but {@code sse_v1}). */
    boolean streamsDiffs() {
        return !protocol.equals("sse_v1");
    }

    /** A {@code gr.Error}'s message as the user wrote it: Gradio 4 sends its Python repr, {@code 'text'}. */
    String errorText(String error) {
        boolean quoted = error.length() >= 2 && error.startsWith("'") && error.endsWith("'");
        return version.startsWith("4.") && quoted ? error.substring(1, error.length() - 1) : error;
    }

    private static List<?> list(@Nullable Object value) {
        return value instanceof List<?> list ? list : List.of();
    }

    private static String stripTrailingSlash(String path) {
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
