package dev.gradio4j;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One message of a conversation, in Gradio's messages format: a role, content made of text and
 * files, and, for an agent's thoughts and tool calls, metadata that shows it as a collapsible box.
 *
 * {@snippet class="dev.gradio4j.examples.snippets.ChatSnippets" region="messages"}
 *
 * @param role     {@code "user"}, {@code "assistant"} or {@code "system"}
 * @param content  the message's parts, in order
 * @param metadata null for a plain message; a title (and more) for a thought or a tool call
 * @param options  choices shown under the message (the last answer's); clicking one sends it
 */
public record ChatMessage(String role, List<Part> content, @Nullable Metadata metadata, List<Option> options) {
    /** The metadata status of an answer that reports a failure. */
    private static final String ERROR_STATUS = "error";

    /** A part of a message's content. */
    public sealed interface Part permits Text, File, Embedded {}

    /** Text, rendered as Markdown. */
    public record Text(String text) implements Part {
        public Text {
            Objects.requireNonNull(text, "text");
        }
    }

    /** A file, shown inline by type (image, audio, video) or as a download. */
    public record File(Path path, @Nullable String altText) implements Part {
        public File {
            Objects.requireNonNull(path, "path");
        }
    }

    /**
     * A component shown inside the message with its value: an image, a JSON tree, a label's
     * bars, HTML... The app makes one from a component ({@code new Embedded(component)}); one that
     * comes back from the browser (the conversation as the page holds it) carries its wire form
     * in {@code payload} instead, and is shown again as it was.
     *
     * @param component the component, with its value set; null for one read back from the page
     * @param payload   the wire form read back from the page; null for one the app made
     */
    public record Embedded(@Nullable Component<?, ?> component, @Nullable Map<String, Object> payload) implements Part {
        public Embedded {
            if ((component == null) == (payload == null)) {
                throw new IllegalArgumentException("an embedded component has either a component or the payload read back");
            }
            payload = payload == null ? null : Map.copyOf(payload);
        }

        /** The component, shown with its value. */
        public Embedded(Component<?, ?> component) {
            this(Objects.requireNonNull(component, "component"), null);
        }
    }

    /**
     * What makes a message a thought or a tool call: its {@code title} heads a collapsible box;
     * {@code status} {@code "pending"} shows a spinner, {@code "done"} the {@code duration} in
     * seconds; {@code parentId} nests it under the message whose {@code id} it names. Status
     * {@code "error"} (see {@link ChatMessage#error}) marks an answer that reports a failure.
     */
    public record Metadata(@Nullable String title, @Nullable String id, @Nullable String parentId, @Nullable String log,
                           @Nullable Double duration, @Nullable String status) {
        /** A thought or tool call with just a title. */
        public static Metadata titled(@Nullable String title) {
            return new Metadata(title, null, null, null, null, null);
        }
    }

    /**
     * A choice offered under an answer: a ChatInterface sends its {@code value} as the user's next
     * message when clicked; in Blocks, the Chatbot's {@code optionSelect} event fires.
     *
     * @param value what clicking it sends
     * @param label what the button says, or null to show the value
     */
    public record Option(String value, @Nullable String label) {
        public Option {
            Objects.requireNonNull(value, "value");
        }
    }

    public ChatMessage {
        Objects.requireNonNull(role, "role");
        content = List.copyOf(content);
        options = options == null ? List.of() : List.copyOf(options);
    }

    /** A message without options. */
    public ChatMessage(String role, List<Part> content, @Nullable Metadata metadata) {
        this(role, content, metadata, List.of());
    }

    /** A message from the user: text, then the files. */
    public static ChatMessage user(@Nullable String text, Path... files) {
        return of("user", text, files);
    }

    /** A reply from the assistant: text, then the files. */
    public static ChatMessage assistant(@Nullable String text, Path... files) {
        return of("assistant", text, files);
    }

    /** A reply from the assistant that shows a component (with its value) instead of text. */
    public static ChatMessage assistant(Component<?, ?> component) {
        return new ChatMessage("assistant", List.of(new Embedded(component)), null);
    }

    /**
     * An answer that says what went wrong (a {@link ChatInterface} shows a {@link GradioError}
     * its function throws this way). The page marks it as an error, and a ChatInterface leaves it
     * out of the history it gives the function.
     */
    public static ChatMessage error(String text) {
        return new ChatMessage("assistant", List.of(new Text(text)), new Metadata(null, null, null, null, null, ERROR_STATUS));
    }

    /** Whether this is an answer that reports a failure, made by {@link #error}. */
    public boolean isError() {
        return role.equals("assistant") && metadata != null && ERROR_STATUS.equals(metadata.status());
    }

    /** An instruction to the model, not shown as a bubble. */
    public static ChatMessage system(@Nullable String text) {
        return of("system", text);
    }

    private static ChatMessage of(String role, String text, Path... files) {
        List<Part> parts = new ArrayList<>();
        if (text != null && !text.isEmpty()) {
            parts.add(new Text(text));
        }
        for (Path file : files) {
            parts.add(new File(file, null));
        }
        return new ChatMessage(role, parts, null);
    }

    /** This message as a thought or tool call. */
    public ChatMessage withMetadata(@Nullable Metadata metadata) {
        return new ChatMessage(role, content, metadata, options);
    }

    /** This message with choices under it: {@code withOptions("Yes", "No")}. */
    public ChatMessage withOptions(String... values) {
        return new ChatMessage(role, content, metadata, java.util.Arrays.stream(values).map(value -> new Option(value, null)).toList());
    }

    /** The text of the message: its text parts, one after the other. */
    public String text() {
        StringBuilder text = new StringBuilder();
        for (Part part : content) {
            if (part instanceof Text t) {
                text.append(t.text());
            }
        }
        return text.toString();
    }

    /** The files of the message, in order. */
    public List<Path> files() {
        return content.stream().filter(File.class::isInstance).map(part -> ((File) part).path()).toList();
    }
}
