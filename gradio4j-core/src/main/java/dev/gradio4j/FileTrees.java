package dev.gradio4j;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Walks a wire payload (maps and lists) and replaces every FileData in it, wherever it sits. */
final class FileTrees {
    private FileTrees() {}

    /** What to put in place of one FileData payload. */
    @FunctionalInterface
    interface FileMapper {
        Map<String, Object> map(Map<String, Object> file) throws IOException;
    }

    /** A copy of {@code tree} with each FileData (a map with a "path" and {@code meta._type} gradio.FileData) mapped. */
    @SuppressWarnings("unchecked")
    static @Nullable Object map(@Nullable Object tree, FileMapper mapper) throws IOException {
        if (tree instanceof Map<?, ?> map) {
            if (isFile(map)) {
                return mapper.map((Map<String, Object>) map);
            }
            Map<String, Object> copy = new LinkedHashMap<>();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                copy.put(String.valueOf(entry.getKey()), map(entry.getValue(), mapper));
            }
            return copy;
        }
        if (tree instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            for (Object item : list) {
                copy.add(map(item, mapper));
            }
            return copy;
        }
        return tree;
    }

    private static boolean isFile(Map<?, ?> map) {
        return map.get("path") instanceof String
                && map.get("meta") instanceof Map<?, ?> meta && "gradio.FileData".equals(meta.get("_type"));
    }
}
