package dev.gradio4j;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link MultimodalTextbox} holds: text and the files attached to it. Gradio's
 * {@code {"text": ..., "files": [...]}}.
 *
 * @param text  the typed text, never null
 * @param files the attached files, in the order they were added
 */
public record MultimodalValue(String text, List<Path> files) {
    public MultimodalValue {
        text = Objects.requireNonNullElse(text, "");
        files = files == null ? List.of() : List.copyOf(files);
    }

    /** Text and the files attached to it, if any. */
    public static MultimodalValue of(@Nullable String text, Path... files) {
        return new MultimodalValue(text, List.of(files));
    }

    /** Whether there is neither text (other than blanks) nor a file. */
    public boolean isBlank() {
        return text.isBlank() && files.isEmpty();
    }
}
