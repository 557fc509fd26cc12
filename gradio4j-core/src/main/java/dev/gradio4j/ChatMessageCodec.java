package dev.gradio4j;

import dev.gradio4j.internal.json.JsonTypes;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Conversations on the wire, in Gradio's messages format: each message a {@code role}, its
 * {@code content} (a string, or parts: text, files, embedded components), {@code metadata}
 * (thoughts and tool calls) and {@code options}. Used by {@link Chatbot} and {@link ChatResponse}.
 */
final class ChatMessageCodec {
    private static final Set<String> ROLES = Set.of("user", "assistant", "system");

    private ChatMessageCodec() {}

    /** What is wrong with a conversation as the page or a client sent it, or null when nothing is. */
    static @Nullable String check(@Nullable Object payload) {
        if (payload == null) {
            return null;
        }
        if (!(payload instanceof List<?> messages)) {
            return "expected a list of messages, got " + JsonTypes.describe(payload);
        }
        for (int i = 0; i < messages.size(); i++) {
            if (!(messages.get(i) instanceof Map<?, ?> message)) {
                return "message " + (i + 1) + " is " + JsonTypes.describe(messages.get(i)) + ", not an object with role and content";
            }
            if (!ROLES.contains(message.get("role"))) {
                return "message " + (i + 1) + " has role " + message.get("role") + "; a role is \"user\", \"assistant\" or \"system\"";
            }
            Object content = message.get("content");
            if (!(content instanceof String) && !(content instanceof List<?>)) {
                return "message " + (i + 1) + " has no content: give a string or a list of parts";
            }
            if (content instanceof List<?> parts) {
                for (Object part : parts) {
                    String problem = part instanceof Map<?, ?> map && "file".equals(map.get("type"))
                            ? FileData.check(map.get("file"))
                            : part instanceof Map<?, ?> map && "component".equals(map.get("type")) && !(map.get("component") instanceof String)
                            ? "a component part needs the component's name in \"component\"" : null;
                    if (problem != null) {
                        return "message " + (i + 1) + ": " + problem;
                    }
                }
            }
        }
        return null;
    }

    /** A conversation from the wire; files resolved to the server's copies. */
    static List<ChatMessage> decode(@Nullable Object payload, ValueContext context) {
        List<ChatMessage> messages = new ArrayList<>();
        if (payload == null) {
            return messages;
        }
        for (Object item : (List<?>) payload) {
            Map<?, ?> message = (Map<?, ?>) item;
            List<ChatMessage.Part> parts = new ArrayList<>();
            if (message.get("content") instanceof String text) {
                parts.add(new ChatMessage.Text(text));
            } else {
                for (Object part : (List<?>) message.get("content")) {
                    if (part instanceof Map<?, ?> map && "file".equals(map.get("type"))) {
                        parts.add(filePart(FileData.fromPayload(map.get("file")), map.get("alt_text"), context));
                    } else if (part instanceof Map<?, ?> map && "component".equals(map.get("type"))) {
                        parts.add(new ChatMessage.Embedded(null, stringKeys(map)));
                    } else if (part instanceof Map<?, ?> map && map.get("text") instanceof String text) {
                        parts.add(new ChatMessage.Text(text));
                    }
                }
            }
            messages.add(new ChatMessage((String) message.get("role"), parts, metadata(message.get("metadata")),
                    options(message.get("options"))));
        }
        return messages;
    }

    /** Gradio's component part: the component's name, its value as the wire has it, and its props. */
    private static Map<String, Object> embeddedPayload(Component<?, ?> component, ValueContext context) throws Exception {
        component.prepare(context);
        Props props = new Props();
        component.writeProps(props);
        Map<String, Object> wire = new LinkedHashMap<>();
        wire.put("component", component.type());
        wire.put("value", component.initialPayload(context));
        wire.put("constructor_args", props.asMap());
        wire.put("props", props.asMap());
        wire.put("alt_text", null);
        wire.put("type", "component");
        return wire;
    }

    /**
     * A file of the conversation the page sends back. One that is gone (the server's temporary
     * files were cleaned, or the conversation was saved in the browser long ago) becomes a note,
     * so that the conversation goes on instead of every message failing.
     */
    private static ChatMessage.Part filePart(FileData file, Object altText, ValueContext context) {
        try {
            return new ChatMessage.File(context.resolve(file), altText instanceof String alt ? alt : null);
        } catch (IllegalArgumentException gone) {
            String name = file.origName() != null ? file.origName() : Path.of(file.path()).getFileName().toString();
            return new ChatMessage.Text("*(" + name + " is no longer available)*");
        }
    }

    private static Map<String, Object> stringKeys(Map<?, ?> map) {
        Map<String, Object> copy = new LinkedHashMap<>();
        map.forEach((key, value) -> {
            if (value != null) {
                copy.put(key.toString(), value);
            }
        });
        return copy;
    }

    private static List<ChatMessage.Option> options(Object payload) {
        if (!(payload instanceof List<?> list)) {
            return List.of();
        }
        return list.stream().filter(item -> item instanceof Map<?, ?> map && map.get("value") != null)
                .map(item -> (Map<?, ?>) item)
                .map(map -> new ChatMessage.Option(map.get("value").toString(), string(map.get("label")))).toList();
    }

    private static ChatMessage.Metadata metadata(Object payload) {
        if (!(payload instanceof Map<?, ?> map) || map.isEmpty()) {
            return null;
        }
        return new ChatMessage.Metadata(string(map.get("title")), string(map.get("id")), string(map.get("parent_id")),
                string(map.get("log")), map.get("duration") instanceof java.lang.Number n ? n.doubleValue() : null,
                string(map.get("status")));
    }

    private static String string(Object value) {
        return value == null ? null : value.toString();
    }

    /** A conversation for the wire; its files published. */
    static Object encode(@Nullable List<ChatMessage> value, ValueContext context) throws Exception {
        if (value == null) {
            return List.of();
        }
        List<Object> messages = new ArrayList<>();
        for (ChatMessage message : value) {
            messages.add(encode(message, context));
        }
        return messages;
    }

    /** One message in Gradio's normalised messages format, its files published. */
    static Map<String, Object> encode(ChatMessage message, ValueContext context) throws Exception {
        List<Object> parts = new ArrayList<>();
        for (ChatMessage.Part part : message.content()) {
            Map<String, Object> wire = new LinkedHashMap<>();
            switch (part) {
                case ChatMessage.Text text -> {
                    wire.put("text", text.text());
                    wire.put("type", "text");
                }
                case ChatMessage.File file -> {
                    wire.put("file", context.publish(file.path(), null).toPayload());
                    wire.put("alt_text", file.altText());
                    wire.put("type", "file");
                }
                case ChatMessage.Embedded embedded when embedded.component() == null -> {
                    wire.put("alt_text", null);
                    wire.putAll(embedded.payload());
                }
                case ChatMessage.Embedded embedded -> wire.putAll(embeddedPayload(embedded.component(), context));
            }
            parts.add(wire);
        }
        Map<String, Object> wire = new LinkedHashMap<>();
        wire.put("role", message.role());
        wire.put("metadata", message.metadata() == null ? null : metadataPayload(message.metadata()));
        wire.put("options", message.options().isEmpty() ? null : message.options().stream().map(option -> {
            Map<String, Object> choice = new LinkedHashMap<>();
            choice.put("value", option.value());
            choice.put("label", option.label());
            return choice;
        }).toList());
        wire.put("content", parts);
        return wire;
    }

    private static Map<String, Object> metadataPayload(ChatMessage.Metadata metadata) {
        Map<String, Object> wire = new LinkedHashMap<>();
        wire.put("title", metadata.title());
        wire.put("id", metadata.id());
        wire.put("parent_id", metadata.parentId());
        wire.put("log", metadata.log());
        wire.put("duration", metadata.duration());
        wire.put("status", metadata.status());
        return wire;
    }
}
