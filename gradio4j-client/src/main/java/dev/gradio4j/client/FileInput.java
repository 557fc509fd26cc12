package dev.gradio4j.client;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A local file to send to an app's file input ({@code gr.File}, {@code gr.Image}, {@code
 * gr.Audio}...). The client uploads it before the call and passes the app the uploaded copy.
 * A {@link Path} argument is uploaded the same way; this type also takes bytes with a name.
 *
 * {@snippet class="dev.gradio4j.examples.snippets.ClientSnippets" region="file-input"}
 */
public final class FileInput {
    private final String name;
    private final @Nullable Path path;
    private final byte[] bytes;

    private FileInput(String name, @Nullable Path path, byte[] bytes) {
        this.name = name;
        this.path = path;
        this.bytes = bytes;
    }

    /** The file at {@code path}, read when the call uploads it. */
    public static FileInput of(Path path) {
        Objects.requireNonNull(path, "path");
        if (!Files.isRegularFile(path)) {
            throw new IllegalArgumentException("No file at " + path.toAbsolutePath());
        }
        Path fileName = path.getFileName();
        return new FileInput(fileName == null ? "file" : fileName.toString(), path, new byte[0]);
    }

    /** A file of these bytes, named {@code name} (the app sees the name's extension, {@code .png}). */
    public static FileInput of(byte[] bytes, String name) {
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(name, "name");
        if (name.isBlank() || name.contains("/") || name.contains("\\")) {
            throw new IllegalArgumentException("A file name without folders is needed, not \"" + name + "\"");
        }
        return new FileInput(name, null, bytes.clone());
    }

    /** The file's name, as the app will see it. */
    public String name() {
        return name;
    }

    /** The local file, or null for bytes. */
    @Nullable Path path() {
        return path;
    }

    byte[] bytes() {
        return bytes;
    }

    @Override
    public String toString() {
        return "FileInput[" + (path != null ? path : name + ", " + bytes.length + " bytes") + "]";
    }
}
