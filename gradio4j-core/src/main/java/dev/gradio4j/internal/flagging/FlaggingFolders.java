package dev.gradio4j.internal.flagging;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Checks a flagging folder before the app starts, so that the first flag does not find out. */
public final class FlaggingFolders {
    private FlaggingFolders() {}

    /**
     * @throws IOException saying which folder and why, when flags could not be written into
     *     {@code folder}: it is a file, or it (or, when it does not exist yet, the folder it would
     *     be made in) cannot be written by this process
     */
    public static void checkWritable(Path folder) throws IOException {
        Path absolute = folder.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            throw new IOException("The flagging folder " + absolute + " cannot be made: no part of its path exists.");
        }
        if (!Files.isDirectory(existing)) {
            throw new IOException("The flagging folder " + absolute + " cannot be made: " + existing + " is a file.");
        }
        if (!Files.isWritable(existing)) {
            throw new IOException("The flagging folder " + absolute + " cannot be written: "
                    + (existing.equals(absolute) ? "this process may not write into it." : "this process may not make folders in " + existing + "."));
        }
    }
}
