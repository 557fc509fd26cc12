package dev.gradio4j.client;

import dev.gradio4j.client.GradioClientException.Kind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * What the client needs from an app's {@code /config}: its version, queue protocol and API
 * prefix, and for each named dependency which inputs and outputs are state or hidden from the
 * API. Gradio 4 has no prefix (its API is at the root), Gradio 5 and 6 put it under
 * {@code /gradio_api}; 4.x apps use the queue protocols {@code sse_v1} to {@code sse_v3}.
 */
record AppConfig(String version, String protocol, String apiPrefix, boolean connectHeartbeat, List<Dependency> dependencies) {
    /**
     * The queue protocols this client speaks (tried on Gradio 4.16's {@code sse_v1}, 4.20's
     * {@code sse_v2}, 4.44's and 6's {@code sse_v3}); earlier ones are Gradio 3's {@code ws} and
     * the first Gradio 4 releases' {@code sse}, whose join is a different exchange.
     */
    static final Set<String> PROTOCOLS = Set.of("sse_v1", "sse_v2", "sse_v2.1", "sse_v3");
    /** Components whose values the API does not show, as the official clients list them. */
    private static final Set<String> SKIPPED = Set.of("state", "row", "column", "tabs", "tab", "tabitem", "box", "form",
            "accordion", "group", "interpretation", "dataset", "sidebar");

    /**
     * One event handler of the app, as the client calls it.
     *
     * @param fnIndex its index in the config ({@code fn_index} on the wire)
     * @param apiName its name without the slash, or null when it has none
     * @param access whether an API client may call it
     * @param stateInputs for each input, whether it is a {@code gr.State} (the client sends null there)
     * @param shownOutputs for each output, whether the API shows it (state and layout are not)
     */
    record Dependency(int fnIndex, @Nullable String apiName, Access access, List<Boolean> stateInputs, List<Boolean> shownOutputs) {
        int parameterCount() {
            return (int) stateInputs.stream().filter(state -> !state).count();
        }

        /** How messages name it: {@code "/greet"}, or {@code "fn_index 3"} without a name. */
        String label() {
            return apiName != null ? "/" + apiName : "fn_index " + fnIndex;
        }
    }

    /** Whether API clients may call a dependency, as the official clients decide it. */
    enum Access {
        /** Public or undocumented: callable by name and by index. */
        OPEN,
        /** {@code api_visibility="private"} (Gradio 6), {@code api_name=False} (Gradio 4 and 5): the app's own page only. */
        PRIVATE,
        /** A {@code js}-only event: it runs in the browser, the app has no function to call. */
        BROWSER_ONLY
    }

    /** Reads a config; anything this client cannot call is an {@link Kind#API_CHANGED}. */
    static AppConfig parse(String url, Map<String, Object> config) {
        String version = config.get("version") instanceof String v ? v : "unknown";
        Object protocol = config.getOrDefault("protocol", "ws");
        if (!(protocol instanceof String name) || !PROTOCOLS.contains(name)) {
            throw new GradioClientException(Kind.API_CHANGED, url + " runs Gradio " + version + ", whose queue protocol ("
                    + protocol + ") this client does not speak; it calls apps of Gradio 4 from its end-2023 releases on (sse_v1 and"
                    + " later), 5 and 6: upgrade the app's Gradio.");
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
            if (!(all.get(position) instanceof Map<?, ?> dependency)) {
                continue;
            }
            int fnIndex = dependency.get("id") instanceof Number id ? id.intValue() : position;
            String apiName = dependency.get("api_name") instanceof String named ? named : null;
            List<Boolean> stateInputs = list(dependency.get("inputs")).stream()
                    .map(id -> id instanceof Number n && stateById.getOrDefault(n.intValue(), false)).toList();
            List<Boolean> shownOutputs = list(dependency.get("outputs")).stream()
                    .map(id -> id instanceof Number n && shownById.getOrDefault(n.intValue(), true)).toList();
            dependencies.add(new Dependency(fnIndex, apiName, access(dependency), stateInputs, shownOutputs));
        }
        return new AppConfig(version, (String) protocol, prefix, Boolean.TRUE.equals(config.get("connect_heartbeat")),
                List.copyOf(dependencies));
    }

    /** Gradio 6 says {@code api_visibility}; Gradio 4 and 5 said {@code api_name: false}. */
    private static Access access(Map<?, ?> dependency) {
        if (Boolean.FALSE.equals(dependency.get("backend_fn"))) {
            return Access.BROWSER_ONLY;
        }
        Object visibility = dependency.get("api_visibility");
        boolean hidden = visibility != null ? "private".equals(visibility) : Boolean.FALSE.equals(dependency.get("api_name"));
        return hidden ? Access.PRIVATE : Access.OPEN;
    }

    /** The callable dependency named {@code endpoint} ({@code "/greet"} or {@code "greet"}), or null. */
    @Nullable Dependency dependency(String endpoint) {
        String name = endpoint.startsWith("/") ? endpoint.substring(1) : endpoint;
        return callable().filter(d -> name.equals(d.apiName())).findFirst().orElse(null);
    }

    /** The dependency whose {@code fn_index} this is, callable or not, or null. */
    @Nullable Dependency dependency(int fnIndex) {
        return dependencies.stream().filter(d -> d.fnIndex() == fnIndex).findFirst().orElse(null);
    }

    /** The dependencies an API client may call, in the config's order. */
    Stream<Dependency> callable() {
        return dependencies.stream().filter(d -> d.access() == Access.OPEN);
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
