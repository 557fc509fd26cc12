package dev.gradio4j.client;

import dev.gradio4j.client.GradioClientException.Kind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Applies the diffs of a streamed output ({@code sse_v2} and later): after the first full value,
 * each step sends a list of {@code [action, path, value]} edits, where the action is
 * {@code replace}, {@code append} (to a string or a list), {@code add} (insert) or
 * {@code delete}, and the path is a list of list indexes and map keys.
 */
final class Diffs {
    private Diffs() {}

    /** The value after the edits; {@code previous} is left as it was. */
    static @Nullable Object apply(@Nullable Object previous, Object diff) {
        if (!(diff instanceof List<?> edits)) {
            throw malformed(diff);
        }
        Object value = copy(previous);
        for (Object edit : edits) {
            if (!(edit instanceof List<?> parts) || parts.size() != 3 || !(parts.get(0) instanceof String action)
                    || !(parts.get(1) instanceof List<?> path)) {
                throw malformed(edit);
            }
            value = edit(value, action, path, parts.get(2));
        }
        return value;
    }

    private static @Nullable Object edit(@Nullable Object root, String action, List<?> path, @Nullable Object value) {
        if (path.isEmpty()) {
            return switch (action) {
                case "replace" -> value;
                case "append" -> appended(root, value);
                default -> throw malformed(List.of(action, path));
            };
        }
        Object parent = root;
        for (Object key : path.subList(0, path.size() - 1)) {
            parent = child(parent, key);
        }
        Object last = path.getLast();
        if (parent instanceof List<?> list) {
            @SuppressWarnings("unchecked") List<@Nullable Object> items = (List<@Nullable Object>) list;
            int index = index(last);
            switch (action) {
                case "replace" -> items.set(index, value);
                case "append" -> items.set(index, appended(items.get(index), value));
                case "add" -> items.add(index, value);
                case "delete" -> items.remove(index);
                default -> throw malformed(List.of(action, path));
            }
        } else if (parent instanceof Map<?, ?> map) {
            @SuppressWarnings("unchecked") Map<Object, @Nullable Object> entries = (Map<Object, @Nullable Object>) map;
            switch (action) {
                case "replace", "add" -> entries.put(last, value);
                case "append" -> entries.put(last, appended(entries.get(last), value));
                case "delete" -> entries.remove(last);
                default -> throw malformed(List.of(action, path));
            }
        } else {
            throw malformed(List.of(action, path));
        }
        return root;
    }

    private static @Nullable Object child(@Nullable Object parent, Object key) {
        if (parent instanceof List<?> list) {
            return list.get(index(key));
        }
        if (parent instanceof Map<?, ?> map) {
            return map.get(key);
        }
        throw malformed(key);
    }

    private static Object appended(@Nullable Object target, @Nullable Object value) {
        if (target instanceof String text && value instanceof String more) {
            return text + more;
        }
        if (target instanceof List<?> list && value instanceof List<?> more) {
            List<@Nullable Object> joined = new ArrayList<>(list);
            joined.addAll(more);
            return joined;
        }
        throw malformed(List.of("append", String.valueOf(value)));
    }

    private static int index(Object key) {
        if (key instanceof Number number) {
            return number.intValue();
        }
        throw malformed(key);
    }

    /** A deep, mutable copy of a JSON value. */
    private static @Nullable Object copy(@Nullable Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<Object, @Nullable Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(k, copy(v)));
            return copy;
        }
        if (value instanceof List<?> list) {
            List<@Nullable Object> copy = new ArrayList<>();
            list.forEach(item -> copy.add(copy(item)));
            return copy;
        }
        return value;
    }

    private static GradioClientException malformed(@Nullable Object what) {
        return new GradioClientException(Kind.API_CHANGED, "The app streamed an edit this client cannot apply ("
                + Values.display(what) + "); its Gradio version may be newer than this client knows.");
    }
}
