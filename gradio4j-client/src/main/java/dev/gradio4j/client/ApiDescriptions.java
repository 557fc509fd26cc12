package dev.gradio4j.client;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The endpoints' descriptions, read from the app's {@code /info}: each named endpoint's
 * parameters (name, default, types, component) and returns. An endpoint the app keeps out of
 * its docs ({@code show_api=False}, {@code api_visibility="undocumented"}) is described for
 * calls by name, and left out of the listing.
 *
 * @param byName every described endpoint, by its name with the slash
 * @param listed the endpoints the app documents, in its order
 */
record ApiDescriptions(Map<String, Endpoint> byName, List<Endpoint> listed) {
    static final ApiDescriptions NONE = new ApiDescriptions(Map.of(), List.of());

    /** Reads {@code /info}; an app without one (or a failing one) is described as having nothing to say. */
    static ApiDescriptions read(Transport transport, String api, AppConfig config) {
        Transport.Answer answer = transport.get(api + "/info");
        if (!answer.ok() || !(answer.object().get("named_endpoints") instanceof Map<?, ?> named)) {
            return NONE;
        }
        Map<String, Endpoint> byName = new LinkedHashMap<>();
        List<Endpoint> listed = new ArrayList<>();
        named.forEach((name, info) -> {
            if (name instanceof String endpoint && info instanceof Map<?, ?> entry && config.dependency(endpoint) != null) {
                Endpoint described = endpoint(endpoint, entry);
                byName.put(endpoint, described);
                if (!Boolean.FALSE.equals(entry.get("show_api")) && !"undocumented".equals(entry.get("api_visibility"))) {
                    listed.add(described);
                }
            }
        });
        return new ApiDescriptions(Map.copyOf(byName), List.copyOf(listed));
    }

    private static Endpoint endpoint(String name, Map<?, ?> entry) {
        List<Parameter> parameters = new ArrayList<>();
        for (Object item : list(entry.get("parameters"))) {
            if (item instanceof Map<?, ?> p) {
                String label = text(p.get("label"));
                String parameterName = text(p.get("parameter_name"));
                parameters.add(new Parameter(parameterName != null ? parameterName : fallbackName(label, parameters.size()), label,
                        pythonType(p), Boolean.TRUE.equals(p.get("parameter_has_default")), p.get("parameter_default"),
                        String.valueOf(p.get("component")), schema(p.get("type"))));
            }
        }
        List<ReturnValue> returns = new ArrayList<>();
        for (Object item : list(entry.get("returns"))) {
            if (item instanceof Map<?, ?> r) {
                returns.add(new ReturnValue(text(r.get("label")), pythonType(r), String.valueOf(r.get("component")), schema(r.get("type"))));
            }
        }
        return new Endpoint(name, parameters, returns);
    }

    /** A name from the label (lower case, underscores), as the official clients make one when the app gives none. */
    private static String fallbackName(@Nullable String label, int position) {
        if (label == null || label.isBlank()) {
            return "param_" + (position + 1);
        }
        return label.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_ ]", "").replace(' ', '_');
    }

    private static String pythonType(Map<?, ?> item) {
        return item.get("python_type") instanceof Map<?, ?> type && type.get("type") instanceof String name ? name : "Any";
    }

    private static Map<String, @Nullable Object> schema(@Nullable Object type) {
        Map<String, @Nullable Object> schema = new LinkedHashMap<>();
        if (type instanceof Map<?, ?> map) {
            map.forEach((k, v) -> schema.put(String.valueOf(k), v));
        }
        return Collections.unmodifiableMap(schema);
    }

    private static List<?> list(@Nullable Object value) {
        return value instanceof List<?> list ? list : List.of();
    }

    private static @Nullable String text(@Nullable Object value) {
        return value instanceof String s ? s : null;
    }
}
