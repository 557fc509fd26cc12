package dev.gradio4j;

import dev.gradio4j.internal.app.PythonJson;
import dev.gradio4j.internal.json.JsonCodec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One component's value in a flag, as the page or the API client sent it: Gradio's wire form
 * (a string, a number, a {@link FileData} map, a list...), with the server files it names
 * already found, so that a file that has gone is an error before anything is written.
 */
public final class FlaggedValue {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Component<?, ?> component;
    private final @Nullable Object payload;
    /** The local file behind each FileData map of the payload, by identity. */
    private final Map<Object, Path> files;

    private FlaggedValue(Component<?, ?> component, @Nullable Object payload, Map<Object, Path> files) {
        this.component = component;
        this.payload = payload;
        this.files = files;
    }

    /**
     * The value of {@code component}, its files looked up with {@code context}.
     *
     * @throws GradioError naming the component and the file, when a file is not on the server
     */
    static FlaggedValue of(Component<?, ?> component, @Nullable Object payload, ValueContext context) {
        Map<Object, Path> files = new IdentityHashMap<>();
        findFiles(payload, fileData -> {
            FileData file = FileData.fromPayload(fileData);
            Path local;
            try {
                local = context.resolve(file);
            } catch (IllegalArgumentException e) {
                local = null;
            }
            if (local == null || !Files.isRegularFile(local)) {
                String name = file.origName() != null ? file.origName() : Path.of(file.path()).getFileName().toString();
                throw new GradioError("Could not flag: the file '" + name + "' of " + describe(component)
                        + " is no longer on the server. Upload it again, then flag.");
            }
            files.put(fileData, local);
        });
        return new FlaggedValue(component, payload, files);
    }

    /** The component this value belongs to. */
    public Component<?, ?> component() {
        return component;
    }

    /** The value in Gradio's wire form, or null when the component was empty. */
    public @Nullable Object payload() {
        return payload;
    }

    /** Whether the component was empty. */
    public boolean isEmpty() {
        return payload == null;
    }

    /**
     * The value as Gradio writes it into a flagging log, its files first copied into
     * {@code dir} (each into a folder of its own with a random name): text as it is, a file as
     * the path of its copy, anything else as JSON with each file replaced by its copy's path.
     * Empty for an empty value.
     */
    public String save(Path dir) throws IOException {
        if (payload == null) {
            return "";
        }
        Object saved = copyFiles(payload, dir);
        if (saved instanceof String text) {
            return simplified(text);
        }
        return simplified(PythonJson.json(saved));
    }

    /** The label the value is logged under: the component's label, or {@code component N}. */
    static String columnName(Component<?, ?> component, int index) {
        String label = component.label();
        return label != null && !label.isEmpty() ? label : "component " + index;
    }

    private Object copyFiles(Object value, Path dir) throws IOException {
        if (files.containsKey(value)) {
            Path source = files.get(value);
            Path folder = Files.createDirectories(dir.resolve(HexFormat.of().formatHex(randomBytes())));
            Path copy = Files.copy(source, folder.resolve(source.getFileName()));
            Map<String, @Nullable Object> moved = new LinkedHashMap<>(FileData.fromPayload(value).toPayload());
            moved.put("path", copy.toString());
            return moved;
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, @Nullable Object> out = new LinkedHashMap<>();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                out.put(entry.getKey(), entry.getValue() == null ? null : copyFiles(entry.getValue(), dir));
            }
            return out;
        }
        if (value instanceof List<?> list) {
            List<@Nullable Object> out = new ArrayList<>();
            for (Object item : list) {
                out.add(item == null ? null : copyFiles(item, dir));
            }
            return out;
        }
        return value;
    }

    /** Gradio's {@code simplify_file_data_in_str}: JSON text with each file map replaced by its path. */
    private static String simplified(String text) {
        Object parsed;
        try {
            parsed = JsonCodec.parse(text);
        } catch (RuntimeException notJson) {
            return text;
        }
        Object simple = pathsForFiles(parsed);
        return simple instanceof String s ? s : PythonJson.json(simple);
    }

    private static @Nullable Object pathsForFiles(@Nullable Object value) {
        if (isFileData(value)) {
            return ((Map<?, ?>) value).get("path");
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, @Nullable Object> out = new LinkedHashMap<>();
            map.forEach((key, item) -> out.put(key, pathsForFiles(item)));
            return out;
        }
        if (value instanceof List<?> list) {
            List<@Nullable Object> out = new ArrayList<>();
            list.forEach(item -> out.add(pathsForFiles(item)));
            return out;
        }
        return value;
    }

    private static boolean isFileData(@Nullable Object value) {
        return value instanceof Map<?, ?> map && map.get("path") instanceof String
                && map.get("meta") instanceof Map<?, ?> meta && "gradio.FileData".equals(meta.get("_type"));
    }

    private static void findFiles(@Nullable Object value, java.util.function.Consumer<Object> found) {
        if (isFileData(value)) {
            found.accept(value);
        } else if (value instanceof Map<?, ?> map) {
            map.values().forEach(item -> findFiles(item, found));
        } else if (value instanceof List<?> list) {
            list.forEach(item -> findFiles(item, found));
        }
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[10];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    private static String describe(Component<?, ?> component) {
        return component.label() != null ? "'" + component.label() + "'" : "the " + component.getClass().getSimpleName();
    }
}
