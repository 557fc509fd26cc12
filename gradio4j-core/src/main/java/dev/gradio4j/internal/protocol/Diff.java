package dev.gradio4j.internal.protocol;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Computes the edit list that turns one JSON tree into another, in the form both official
 * clients apply to streamed outputs: {@code [op, path, value]} with op one of {@code replace},
 * {@code append} (strings only), {@code add} and {@code delete}. Edits are applied in order, so
 * list deletions run from the highest index down and keep the indexes before them valid.
 */
public final class Diff {
    private Diff() {}

    /** The edits from {@code before} to {@code after}; empty when they are equal. */
    public static List<List<Object>> between(Object before, Object after) {
        List<List<Object>> edits = new ArrayList<>();
        diff(before, after, new ArrayList<>(), edits);
        return edits;
    }

    private static void diff(Object before, Object after, List<Object> path, List<List<Object>> edits) {
        if (Objects.equals(before, after)) {
            return;
        }
        if (before instanceof String old && after instanceof String now && now.startsWith(old)) {
            edits.add(edit("append", path, now.substring(old.length())));
        } else if (before instanceof List<?> old && after instanceof List<?> now) {
            diffLists(old, now, path, edits);
        } else if (before instanceof Map<?, ?> old && after instanceof Map<?, ?> now) {
            diffMaps(old, now, path, edits);
        } else {
            edits.add(edit("replace", path, after));
        }
    }

    private static void diffLists(List<?> old, List<?> now, List<Object> path, List<List<Object>> edits) {
        int common = Math.min(old.size(), now.size());
        for (int i = 0; i < common; i++) {
            diff(old.get(i), now.get(i), child(path, i), edits);
        }
        for (int i = old.size() - 1; i >= now.size(); i--) {
            edits.add(edit("delete", child(path, i), null));
        }
        for (int i = old.size(); i < now.size(); i++) {
            edits.add(edit("add", child(path, i), now.get(i)));
        }
    }

    private static void diffMaps(Map<?, ?> old, Map<?, ?> now, List<Object> path, List<List<Object>> edits) {
        for (var entry : old.entrySet()) {
            Object key = entry.getKey();
            if (now.containsKey(key)) {
                diff(entry.getValue(), now.get(key), child(path, key), edits);
            } else {
                edits.add(edit("delete", child(path, key), null));
            }
        }
        for (var entry : now.entrySet()) {
            if (!old.containsKey(entry.getKey())) {
                edits.add(edit("add", child(path, entry.getKey()), entry.getValue()));
            }
        }
    }

    private static List<Object> child(List<Object> path, Object key) {
        List<Object> next = new ArrayList<>(path.size() + 1);
        next.addAll(path);
        next.add(key);
        return next;
    }

    private static List<Object> edit(String op, List<Object> path, Object value) {
        List<Object> edit = new ArrayList<>(3);
        edit.add(op);
        edit.add(List.copyOf(path));
        edit.add(value);
        return edit;
    }
}
