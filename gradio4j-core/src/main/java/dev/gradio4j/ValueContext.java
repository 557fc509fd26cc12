package dev.gradio4j;

import java.io.IOException;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * What a component's {@code preprocess} and {@code postprocess} may ask of the server: files.
 * Implemented by the server; components receive it, they never make one.
 */
public interface ValueContext {

    /**
     * The local file behind an input FileData, which must have been uploaded to this server
     * (or lie in a path the app allowed).
     *
     * @throws IllegalArgumentException when the path was not uploaded or is not allowed
     */
    Path resolve(FileData file);

    /**
     * Makes a file the handler produced downloadable: copies it into the server's file cache
     * and describes it with a URL.
     *
     * @param origName the name to show and download it under, or null for the file's own name
     */
    FileData publish(Path file, @Nullable String origName) throws IOException;

    /** Like {@link #publish(Path, String)} for bytes held in memory. */
    FileData publish(byte[] bytes, String name) throws IOException;
}
