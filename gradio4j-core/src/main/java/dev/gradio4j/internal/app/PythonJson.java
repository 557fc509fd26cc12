package dev.gradio4j.internal.app;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Values written as Python's {@code json.dumps} writes them (", " and ": " between items, non-ASCII
 * escaped, whole numbers without a fraction), the form of the code Gradio gives its users to copy;
 * or as a Python literal, with {@code None}, {@code True}, {@code False} and files as
 * {@code handle_file('url')}.
 */
public final class PythonJson {
    private PythonJson() {}

    /** As {@code json.dumps(value)}. */
    public static String json(@Nullable Object value) {
        StringBuilder out = new StringBuilder();
        write(out, value, false, -1, 0);
        return out.toString();
    }

    /** As {@code json.dumps(value, indent=2)}. */
    static String indented(@Nullable Object value) {
        StringBuilder out = new StringBuilder();
        write(out, value, false, 2, 0);
        return out.toString();
    }

    /** As a Python literal. */
    static String python(@Nullable Object value) {
        StringBuilder out = new StringBuilder();
        write(out, value, true, -1, 0);
        return out.toString();
    }

    /** A file as a client sends one it names by URL. */
    static Map<String, Object> file(String url) {
        return Map.of("path", url, "meta", Map.of("_type", "gradio.FileData"));
    }

    private static void write(StringBuilder out, @Nullable Object value, boolean python, int indent, int depth) {
        switch (value) {
            case null -> out.append(python ? "None" : "null");
            case Boolean b -> out.append(python ? (b ? "True" : "False") : b.toString());
            case Double d when d == Math.rint(d) && !d.isInfinite() && Math.abs(d) < 1e15 -> out.append(d.longValue());
            case Float f when f == Math.rint(f) && !f.isInfinite() -> out.append(f.longValue());
            case java.lang.Number n -> out.append(n);
            case String s -> string(out, s);
            case Map<?, ?> map when python && map.get("url") instanceof String url && map.get("meta") instanceof Map<?, ?> meta
                    && "gradio.FileData".equals(meta.get("_type")) -> out.append("handle_file('").append(url).append("')");
            case Map<?, ?> map -> items(out, map.entrySet().iterator(), map.isEmpty(), '{', '}', python, indent, depth);
            case List<?> list -> items(out, list.iterator(), list.isEmpty(), '[', ']', python, indent, depth);
            default -> string(out, value.toString());
        }
    }

    private static void items(StringBuilder out, Iterator<?> items, boolean empty, char open, char close,
                              boolean python, int indent, int depth) {
        out.append(open);
        if (empty) {
            out.append(close);
            return;
        }
        boolean first = true;
        while (items.hasNext()) {
            Object item = items.next();
            if (!first) {
                out.append(indent < 0 ? ", " : ",");
            }
            first = false;
            if (indent >= 0) {
                out.append('\n').append(" ".repeat(indent * (depth + 1)));
            }
            if (item instanceof Map.Entry<?, ?> entry) {
                string(out, String.valueOf(entry.getKey()));
                out.append(": ");
                write(out, entry.getValue(), python, indent, depth + 1);
            } else {
                write(out, item, python, indent, depth + 1);
            }
        }
        if (indent >= 0) {
            out.append('\n').append(" ".repeat(indent * depth));
        }
        out.append(close);
    }

    private static void string(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
