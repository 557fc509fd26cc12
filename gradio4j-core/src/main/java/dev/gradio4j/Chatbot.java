package dev.gradio4j;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A conversation: messages rendered as Markdown with code and LaTeX, files inline, thoughts and
 * tool calls as collapsible boxes. Its value is a {@code List<ChatMessage>}; on the wire, Gradio's
 * messages format. Gradio's {@code gr.Chatbot}.
 *
 * <p>The buttons under a message appear for the events the app listens to: thumbs for
 * {@code like}, Retry and Undo under the last answer for {@code retry} and {@code undo}, a pencil
 * on editable messages ({@link #editable}) for {@code edit}, a trash can for {@code clear}.
 *
 * <p>{@link #examples} are cards in the empty conversation; a click fires {@code example_select}
 * ({@link #exampleSelect}), and they go once the conversation has a message.
 */
public final class Chatbot extends Component<List<ChatMessage>, Chatbot>
        implements OnChange, OnSelect, OnClear, OnLike, OnRetry, OnUndo, OnEdit, OnOptionSelect, OnCopy, OnExampleSelect {
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
    private @Nullable List<ExampleMessage> examples;
    /** A multimodal ChatInterface's: an example without files gets Gradio's text icon (a FileData of mime type "text"). */
    boolean textIconsForExamplesWithoutFiles;
    private @Nullable List<Object> examplePayloads;

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

    /** Whether messages get a copy button (they do unless this says otherwise). */
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

    /**
     * Example messages shown as cards while the conversation is empty, as Gradio's
     * {@code examples}; a click fires {@code example_select} ({@link #exampleSelect}) with the
     * example's index and message. None (the default) shows only the {@link #placeholder}; the
     * config then leaves them out, where an empty list (a {@link ChatInterface}'s without examples) sends {@code []}.
     */
    public Chatbot examples(ExampleMessage... examples) {
        this.examples = List.of(examples);
        return this;
    }

    @Override
    void prepare(ValueContext context) throws Exception {
        examplePayloads = examples == null ? null : examplePayloads(context);
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

    /** The examples as Gradio's config has them: text, display_text, files and icon, files published. */
    private List<Object> examplePayloads(ValueContext context) throws Exception {
        List<Object> payloads = new ArrayList<>();
        for (ExampleMessage example : examples) {
            Map<String, Object> payload = new java.util.LinkedHashMap<>();
            payload.put("text", example.text());
            if (example.label() != null) {
                payload.put("display_text", example.label());
            }
            if (!example.files().isEmpty()) {
                List<Object> files = new ArrayList<>();
                for (Path file : example.files()) {
                    files.add(context.publish(file, file.getFileName().toString()).toPayload());
                }
                payload.put("files", files);
            }
            if (example.icon() != null) {
                payload.put("icon", context.publish(example.icon(), null).toPayload());
            } else if (textIconsForExamplesWithoutFiles && example.files().isEmpty()) {
                payload.put("icon", TEXT_ICON);
            }
            payloads.add(payload);
        }
        return payloads;
    }

    /** The icon Gradio's multimodal chat gives an example without files: no picture, a FileData of mime type "text". */
    private static final Map<String, @Nullable Object> TEXT_ICON = textIcon();

    private static Map<String, @Nullable Object> textIcon() {
        Map<String, @Nullable Object> icon = new java.util.LinkedHashMap<>();
        icon.put("path", "");
        icon.put("url", null);
        icon.put("orig_name", null);
        icon.put("mime_type", "text");
        icon.put("meta", Map.of("_type", "gradio.FileData"));
        return java.util.Collections.unmodifiableMap(icon);
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
        props.put("autoscroll", autoscroll != null ? autoscroll : true);
        // Gradio 6's buttons: share (a Space's), copy on each message, copy the conversation
        props.put("buttons", showCopyButton == Boolean.FALSE ? List.of("share", "copy_all") : List.of("share", "copy", "copy_all"));
        props.put("group_consecutive_messages", true);
        props.put("like_user_message", false);
        props.put("line_breaks", true);
        props.put("rtl", false);
        props.put("editable", editable);
        props.put("save_history", historyKey != null);
        props.put("history_key", historyKey);
        props.put("avatar_images", avatarPayloads != null ? avatarPayloads : java.util.Arrays.asList(null, null));
        props.put("examples", examplePayloads);
        props.put("latex_delimiters", List.of(Map.of("left", "$$", "right", "$$", "display", true)));
        if (value() == null) {
            props.put("value", List.of());
        }
    }

    @Override
    protected @Nullable String validate(@Nullable Object payload) {
        return ChatMessageCodec.check(payload);
    }

    @Override
    protected List<ChatMessage> preprocess(@Nullable Object payload, ValueContext context) {
        return ChatMessageCodec.decode(payload, context);
    }

    @Override
    protected Object postprocess(@Nullable List<ChatMessage> value, ValueContext context) throws Exception {
        return ChatMessageCodec.encode(value, context);
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
