package dev.gradio4j.client;

import java.lang.reflect.Array;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Values between Java and the wire: arguments with their files uploaded, results with their
 * files turned into {@link RemoteFile}s, and short renderings for messages.
 */
final class Values {
    private Values() {}

    /**
     * The argument as JSON-ready data: each {@link FileInput} or {@link Path} uploaded (by
     * {@code upload}, which answers its {@code FileData}), each {@link RemoteFile} as its
     * {@code FileData}, inside lists, arrays and maps too.
     */
    static @Nullable Object encode(@Nullable Object value, Function<FileInput, Map<String, Object>> upload) {
        return switch (value) {
            case null -> null;
            case FileInput file -> upload.apply(file);
            case Path path -> upload.apply(FileInput.of(path));
            case RemoteFile file -> file.fileData();
            case Map<?, ?> map -> {
                Map<Object, @Nullable Object> encoded = new LinkedHashMap<>();
                map.forEach((k, v) -> encoded.put(k, encode(v, upload)));
                yield encoded;
            }
            case Iterable<?> items -> {
                List<@Nullable Object> encoded = new ArrayList<>();
                items.forEach(item -> encoded.add(encode(item, upload)));
                yield encoded;
            }
            case Object array when array.getClass().isArray() && !(array instanceof byte[]) -> {
                List<@Nullable Object> encoded = new ArrayList<>();
                for (int i = 0; i < Array.getLength(array); i++) {
                    encoded.add(encode(Array.get(array, i), upload));
                }
                yield encoded;
            }
            default -> value;
        };
    }

    /** A JSON object as an unmodifiable copy, all the way down (nulls kept). */
    @SuppressWarnings("unchecked")
    static Map<String, @Nullable Object> frozen(Map<String, ?> object) {
        return (Map<String, @Nullable Object>) frozenValue(object);
    }

    private static @Nullable Object frozenValue(@Nullable Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<Object, @Nullable Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(k, frozenValue(v)));
            return java.util.Collections.unmodifiableMap(copy);
        }
        if (value instanceof List<?> list) {
            List<@Nullable Object> copy = new ArrayList<>();
            list.forEach(item -> copy.add(frozenValue(item)));
            return java.util.Collections.unmodifiableList(copy);
        }
        return value;
    }

    /** The wire value with every {@code FileData} in it replaced by a {@link RemoteFile}. */
    static @Nullable Object decode(@Nullable Object value, RemoteFile.FileSource files) {
        if (value instanceof Map<?, ?> map) {
            if (isFileData(map)) {
                return new RemoteFile((String) map.get("path"), text(map.get("url")), text(map.get("orig_name")),
                        map.get("size") instanceof Number n ? n.longValue() : null, text(map.get("mime_type")), files);
            }
            Map<Object, @Nullable Object> decoded = new LinkedHashMap<>();
            map.forEach((k, v) -> decoded.put(k, decode(v, files)));
            return decoded;
        }
        if (value instanceof List<?> list) {
            List<@Nullable Object> decoded = new ArrayList<>();
            list.forEach(item -> decoded.add(decode(item, files)));
            return decoded;
        }
        return value;
    }

    /**
     * Gradio 4.21 and later mark a file with {@code meta._type}; before, a file was any object
     * with a string {@code path} and a {@code url}.
     */
    private static boolean isFileData(Map<?, ?> map) {
        if (!(map.get("path") instanceof String)) {
            return false;
        }
        return map.get("meta") instanceof Map<?, ?> meta ? "gradio.FileData".equals(meta.get("_type")) : map.containsKey("url");
    }

    private static @Nullable String text(@Nullable Object value) {
        return value instanceof String s ? s : null;
    }

    /** A short rendering for messages: strings quoted, long values cut. */
    static String display(@Nullable Object value) {
        String shown = value instanceof String s ? "\"" + s + "\"" : String.valueOf(value);
        return shown.length() > 120 ? shown.substring(0, 117) + "..." : shown;
    }
}
