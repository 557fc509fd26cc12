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
 */
public final class Chatbot extends Component<List<ChatMessage>, Chatbot>
        implements OnChange, OnSelect, OnClear, OnLike, OnRetry, OnUndo, OnEdit, OnOptionSelect, OnCopy {
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
