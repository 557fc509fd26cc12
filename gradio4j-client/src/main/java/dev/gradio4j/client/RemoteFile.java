package dev.gradio4j.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A file an app returned (Gradio's {@code FileData}): it stays on the app's server until read
 * with {@link #download}, {@link #bytes} or {@link #open}, through the same connection, login
 * and headers as the {@link Client} that got it, so only while that client is open. Passed back
 * as an argument, it is sent as the server's file, not uploaded again.
 *
 * {@snippet class="dev.gradio4j.examples.snippets.ClientSnippets" region="remote-file"}
 */
public final class RemoteFile {
    private final String path;
    private final @Nullable String url;
    private final @Nullable String originalName;
    private final @Nullable Long size;
    private final @Nullable String mimeType;
    private final FileSource source;

    RemoteFile(String path, @Nullable String url, @Nullable String originalName, @Nullable Long size,
               @Nullable String mimeType, FileSource source) {
        this.path = path;
        this.url = url;
        this.originalName = originalName;
        this.size = size;
        this.mimeType = mimeType;
        this.source = source;
    }

    /** Where the file is on the app's server (or a URL, for a file the app links to). */
    public String path() {
        return path;
    }

    /** The URL the app gave for the file, or null. */
    public @Nullable String url() {
        return url;
    }

    /** The file's name: the one it was uploaded with if known, else the last part of its path. */
    public String name() {
        if (originalName != null && !originalName.isBlank()) {
            return originalName;
        }
        String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        int slash = Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf('\\'));
        return trimmed.substring(slash + 1);
    }

    /** The size in bytes, when the app said; null otherwise. */
    public @Nullable Long size() {
        return size;
    }

    /** The media type, when the app said ({@code image/png}); null otherwise. */
    public @Nullable String mimeType() {
        return mimeType;
    }

    /** The file's content as it comes; the caller closes the stream. */
    public InputStream open() {
        return source.open(this);
    }

    /** The whole file in memory. */
    public byte[] bytes() {
        try (InputStream in = open()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Reading " + path + " from the app failed", e);
        }
    }

    /**
     * Saves the file into {@code target} under {@link #name()} when {@code target} is an
     * existing directory, else as {@code target} (its folders made, a file there replaced).
     * Answers where it was saved.
     */
    public Path download(Path target) {
        Path file = Files.isDirectory(target) ? target.resolve(name()) : target;
        try (InputStream in = open()) {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Saving " + path + " to " + file + " failed", e);
        }
    }

    /** The file as Gradio's {@code FileData}, to send it back to the app. */
    Map<String, @Nullable Object> fileData() {
        Map<String, @Nullable Object> data = new LinkedHashMap<>();
        data.put("path", path);
        data.put("url", url);
        data.put("orig_name", originalName);
        data.put("size", size);
        data.put("mime_type", mimeType);
        data.put("meta", Map.of("_type", "gradio.FileData"));
        return data;
    }

    @Override
    public String toString() {
        return "RemoteFile[" + name() + (size != null ? ", " + size + " bytes" : "") + ", " + path + "]";
    }

    /** Where a file's content comes from: its client's connection. */
    interface FileSource {
        InputStream open(RemoteFile file);
    }
}
