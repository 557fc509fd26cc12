package dev.gradio4j;

import dev.gradio4j.internal.json.JsonTypes;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Gradio's description of a file on the wire: where it is on the server, the URL to fetch it,
 * and what it is.
 *
 * @param path     the server path (or an http(s) URL)
 * @param url      the absolute URL clients download it from, or null
 * @param size     size in bytes, or null
 * @param origName the name the file had when uploaded, or null
 * @param mimeType the MIME type, or null
 */
public record FileData(String path, @Nullable String url, @Nullable Long size, @Nullable String origName, @Nullable String mimeType) {

    /** The wire form, with Gradio's field names and {@code meta._type}. */
    public Map<String, @Nullable Object> toPayload() {
        Map<String, @Nullable Object> payload = new LinkedHashMap<>();
        payload.put("path", path);
        payload.put("url", url);
        payload.put("size", size);
        payload.put("orig_name", origName);
        payload.put("mime_type", mimeType);
        payload.put("is_stream", false);
        payload.put("meta", Map.of("_type", "gradio.FileData"));
        return payload;
    }

    /**
     * Reads the wire form.
     *
     * @throws IllegalArgumentException when the payload is not a FileData object
     */
    public static FileData fromPayload(@Nullable Object payload) {
        if (!(payload instanceof Map<?, ?> map) || !(map.get("path") instanceof String path)) {
            throw new IllegalArgumentException("expected a FileData object with a \"path\"");
        }
        Object size = map.get("size");
        return new FileData(path, map.get("url") instanceof String u ? u : null,
                size instanceof java.lang.Number n ? n.longValue() : null,
                map.get("orig_name") instanceof String o ? o : null,
                map.get("mime_type") instanceof String m ? m : null);
    }

    /** Whether a payload has FileData's shape, {@code meta} included (Gradio requires it on inputs). */
    static String check(Object payload) {
        if (!(payload instanceof Map<?, ?> map)) {
            return "expected a FileData object, got " + JsonTypes.describe(payload);
        }
        if (!(map.get("path") instanceof String)) {
            return "a FileData object needs a string \"path\"";
        }
        if (!(map.get("meta") instanceof Map<?, ?> meta) || !"gradio.FileData".equals(meta.get("_type"))) {
            return "a FileData object needs \"meta\": {\"_type\": \"gradio.FileData\"}";
        }
        return null;
    }

    /** The JSON schema of FileData, as both clients recognise it: Gradio's, described in our words. */
    static Map<String, Object> schema() {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("path", Map.of("title", "Path", "type", "string"));
        props.put("url", optional("string", "Url"));
        props.put("size", optional("integer", "Size"));
        props.put("orig_name", optional("string", "Orig Name"));
        props.put("mime_type", optional("string", "Mime Type"));
        props.put("is_stream", Map.of("default", false, "title", "Is Stream", "type", "boolean"));
        props.put("meta", Map.of("$ref", "#/$defs/FileDataMeta"));
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("additional_description", "A file on the server: its path there, the URL to download it, its size in"
                + " bytes, its original name and MIME type, and whether it is a stream. meta marks the object as a file.");
        schema.put("$defs", Map.of("FileDataMeta", Map.of(
                "properties", Map.of("_type", Map.of("const", "gradio.FileData", "title", "Type", "type", "string")),
                "required", java.util.List.of("_type"), "title", "FileDataMeta", "type", "object")));
        schema.put("properties", props);
        schema.put("required", java.util.List.of("path"));
        schema.put("title", "FileData");
        schema.put("type", "object");
        return schema;
    }

    /** A property that may be null, and is when left out. */
    private static Map<String, Object> optional(String type, String title) {
        Map<String, Object> property = new LinkedHashMap<>();
        property.put("anyOf", java.util.List.of(Map.of("type", type), Map.of("type", "null")));
        property.put("default", null);
        property.put("title", title);
        return property;
    }
}
