package dev.gradio4j.internal.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Renders a JSON schema the way Gradio's clients print parameter types ({@code str},
 * {@code list[str]}, {@code filepath}, {@code dict(label: str, ...)}), for {@code python_type}
 * in {@code /gradio_api/info}.
 */
public final class PythonTypes {
    private PythonTypes() {}

    public static String of(Map<String, Object> schema) {
        return render(schema, schema.get("$defs") instanceof Map<?, ?> defs ? defs : Map.of());
    }

    /** Renders a schema node; {@code defs} are the top schema's {@code $defs}, which {@code $ref}s name. */
    @SuppressWarnings("unchecked")
    private static String render(Object node, Map<?, ?> defs) {
        if (!(node instanceof Map<?, ?> raw)) {
            return "Any";
        }
        Map<String, Object> schema = (Map<String, Object>) raw;
        if (schema.get("$ref") instanceof String ref && ref.startsWith("#/$defs/")) {
            return render(defs.get(ref.substring("#/$defs/".length())), defs);
        }
        if (isFile(schema)) {
            return "filepath";
        }
        if (schema.isEmpty() || schema.get("type") instanceof Map<?, ?> m && m.isEmpty()) {
            return "str | float | bool | list | dict";
        }
        Object alternatives = schema.containsKey("anyOf") ? schema.get("anyOf") : schema.get("oneOf");
        if (alternatives instanceof List<?> options) {
            List<String> parts = new ArrayList<>();
            for (Object option : options) {
                String part = render(option, defs);
                if (!parts.contains(part)) {
                    parts.add(part);
                }
            }
            return String.join(" | ", parts);
        }
        if (schema.get("enum") instanceof List<?> values) {
            List<String> literals = values.stream().map(v -> v instanceof String s ? "'" + s + "'" : String.valueOf(v)).toList();
            return "Literal[" + String.join(", ", literals) + "]";
        }
        Object type = schema.get("type");
        if ("array".equals(type)) {
            return schema.containsKey("items") ? "list[" + render(schema.get("items"), defs) + "]" : "list";
        }
        if ("object".equals(type) || schema.containsKey("properties")) {
            if (schema.get("properties") instanceof Map<?, ?> properties) {
                List<String> fields = new ArrayList<>();
                properties.forEach((name, value) -> fields.add(name + ": " + render(value, defs)));
                return "dict(" + String.join(", ", fields) + ")";
            }
            return "dict";
        }
        return switch (String.valueOf(type)) {
            case "string" -> "str";
            case "number" -> "float";
            case "integer" -> "int";
            case "boolean" -> "bool";
            case "null" -> "None";
            default -> "Any";
        };
    }

    private static boolean isFile(Map<String, Object> schema) {
        return schema.get("properties") instanceof Map<?, ?> properties && properties.containsKey("path")
                && properties.containsKey("meta") && "FileData".equals(schema.get("title"));
    }
}
