package dev.gradio4j;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An example shown in an empty {@link Chatbot} ({@link Chatbot#examples}): a card with its label
 * (or its text) and an optional icon; a click fires the Chatbot's {@code example_select} with the
 * example's index and its message (text and files). Gradio's {@code ExampleMessage}.
 *
 * @param text  the message the example stands for
 * @param label what the card shows in place of the text, or null for the text (Gradio's {@code display_text})
 * @param icon  a picture shown on the card, or null for none
 * @param files files that go with the message
 */
public record ExampleMessage(String text, @Nullable String label, @Nullable Path icon, List<Path> files) {

    /** Checks the parts and keeps a copy of the files. */
    public ExampleMessage {
        Objects.requireNonNull(text, "an example message's text is required (it may be empty)");
        files = List.copyOf(files);
    }

    /** An example that shows and sends {@code text}. */
    public static ExampleMessage of(String text) {
        return new ExampleMessage(text, null, null, List.of());
    }

    /** This example, its card showing {@code label} in place of the text. */
    public ExampleMessage withLabel(@Nullable String label) {
        return new ExampleMessage(text, label, icon, files);
    }

    /** This example with a picture on its card. */
    public ExampleMessage withIcon(@Nullable Path icon) {
        return new ExampleMessage(text, label, icon, files);
    }

    /** This example, its message carrying {@code files}. */
    public ExampleMessage withFiles(Path... files) {
        return new ExampleMessage(text, label, icon, List.of(files));
    }
}
