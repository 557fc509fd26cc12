package dev.gradio4j;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A conversation: messages rendered as Markdown with code and LaTeX, files inline, thoughts and
 * tool calls as collapsible boxes. Its value is a {@code List<ChatMessage>}; on the wire, Gradio's
 * messages format. Gradio's {@code gr.Chatbot}.
 *
 * <p>The buttons under a message appear for the events the app listens to: thumbs for
 * {@code like}, Retry and Undo under the last answer for {@code retry} and {@code undo}, a pencil
 * on editable messages ({@link #editable}) for {@code edit}, a trash can for {@code clear}.
 */
public final class Chatbot extends Component<List<ChatMessage>, Chatbot>
        implements OnChange, OnSelect, OnClear, OnLike, OnRetry, OnUndo, OnEdit, OnOptionSelect, OnCopy {
    private static final Set<String> ROLES = Set.of("user", "assistant", "system");

    private Integer height;
    private String placeholder;
    private boolean sanitizeHtml = true;
    private Boolean autoscroll;
    private Boolean showCopyButton;
    private String editable;
    private String historyKey;
    private Path userAvatar;
    private Path assistantAvatar;
    private List<Object> avatarPayloads;

    private Chatbot() {}

    /** An empty conversation. */
    public static Chatbot create() {
        return new Chatbot();
    }

    /** The height in pixels (default 500). */
    public Chatbot height(int height) {
        this.height = height;
        return this;
    }

    /** Markdown shown while the conversation is empty. */
    public Chatbot placeholder(@Nullable String placeholder) {
        this.placeholder = placeholder;
        return this;
    }

    /** Whether HTML in messages is sanitised (the default); turn off only for trusted content. */
    public Chatbot sanitizeHtml(boolean sanitize) {
        this.sanitizeHtml = sanitize;
        return this;
    }

    /** Whether the view follows new messages to the bottom (the default). */
    public Chatbot autoscroll(boolean autoscroll) {
        this.autoscroll = autoscroll;
        return this;
    }

    /** Whether messages get a copy button. */
    public Chatbot showCopyButton(boolean show) {
        this.showCopyButton = show;
        return this;
    }

    /**
     * Which messages the user may edit in place: {@code "user"} (their own) or {@code "all"}, or null for none;
     * saving an edit fires {@code edit} with {@link EditData}.
     */
    public Chatbot editable(@Nullable String which) {
        if (which != null && !which.equals("user") && !which.equals("all")) {
            throw new IllegalArgumentException("editable is \"user\", \"all\" or null, not \"" + which + "\"");
        }
        this.editable = which;
        return this;
    }

    /**
     * Keeps each conversation in the user's browser (localStorage, under {@code key}) once its
     * answer has ended, with a History panel to reopen, start or delete one; null turns it off.
     * {@link ChatInterface#saveHistory(boolean)} sets it.
     */
    public Chatbot saveHistory(@Nullable String key) {
        this.historyKey = key;
        return this;
    }

    /** Pictures beside the user's and the assistant's messages; either may be null. */
    public Chatbot avatarImages(@Nullable Path user, @Nullable Path assistant) {
        this.userAvatar = user;
        this.assistantAvatar = assistant;
        return this;
    }

    @Override
    void prepare(ValueContext context) throws Exception {
        if (userAvatar == null && assistantAvatar == null) {
            avatarPayloads = null;
            return;
        }
        List<Object> payloads = new ArrayList<>();
        for (Path avatar : new Path[] {userAvatar, assistantAvatar}) {
            payloads.add(avatar == null ? null : context.publish(avatar, null).toPayload());
        }
        avatarPayloads = payloads;
    }

    @Override
    protected String type() {
        return "chatbot";
    }

    @Override
    protected void writeProps(Props props) {
        super.writeProps(props);
        props.put("height", height);
        props.put("placeholder", placeholder);
        props.put("sanitize_html", sanitizeHtml);
        props.put("autoscroll", autoscroll);
        props.put("show_copy_button", showCopyButton);
        props.put("editable", editable);
        props.put("save_history", historyKey != null);
        props.put("history_key", historyKey);
        props.put("avatar_images", avatarPayloads);
        props.put("latex_delimiters", List.of(Map.of("left", "$$", "right", "$$", "display", true)));
    }

    @Override
    protected @Nullable String validate(@Nullable Object payload) {
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

    @Override
    protected List<ChatMessage> preprocess(@Nullable Object payload, ValueContext context) {
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

    @Override
    protected Object postprocess(@Nullable List<ChatMessage> value, ValueContext context) throws Exception {
        if (value == null) {
            return List.of();
        }
        List<Object> messages = new ArrayList<>();
        for (ChatMessage message : value) {
            messages.add(messagePayload(message, context));
        }
        return messages;
    }

    /** One message in Gradio's normalised messages format, its files published. */
    static Map<String, Object> messagePayload(ChatMessage message, ValueContext context) throws Exception {
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

    @Override
    @SuppressWarnings("unchecked")
    protected List<ChatMessage> coerce(@Nullable Object value) {
        if (value instanceof List<?> list && list.stream().allMatch(ChatMessage.class::isInstance)) {
            return (List<ChatMessage>) list;
        }
        throw new ClassCastException("a Chatbot shows a List<ChatMessage>, not " + (value == null ? "null" : value.getClass().getName()));
    }

    @Override
    protected Map<String, Object> apiInfo() {
        return Map.of("type", "array", "items", Map.of("type", "object", "title", "Message"));
    }

    @Override
    protected Object examplePayload() {
        return List.of();
    }
}
