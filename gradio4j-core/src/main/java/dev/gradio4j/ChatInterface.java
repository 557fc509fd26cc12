package dev.gradio4j;

import dev.gradio4j.internal.app.FunctionNames;
import dev.gradio4j.internal.app.Invoker;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A chat app in one line: {@code fn(message, history)} answers each message, with a
 * {@code String} or a {@code ChatMessage} (or a {@code List} of them: thoughts, then the answer),
 * or streams its answer with a {@code Stream} of the growing text. Gradio's
 * {@code gr.ChatInterface}.
 *
 * {@snippet class="dev.gradio4j.examples.snippets.ChatSnippets" region="chat"}
 *
 * <p>Attachments: with {@code multimodal}, the message is text and files.
 * {@snippet class="dev.gradio4j.examples.snippets.ChatSnippets" region="multimodal"}
 *
 * <p>Additional inputs: shown in an accordion under the chat, passed after the history.
 * {@snippet class="dev.gradio4j.examples.snippets.ChatSnippets" region="additionalInputs"}
 *
 * <p>The page shows the conversation, a message box with Send and Stop, and the examples as
 * cards in the empty conversation (the Chatbot's {@link Chatbot#examples}, as in Gradio 6). Under
 * the last answer, Retry runs it again and Undo takes the exchange back (the message returns to
 * the box); with {@link #editable(boolean)} the user edits a message of theirs and the answer
 * follows again from there; with {@link #saveHistory(boolean)} the conversations are kept in the
 * browser. A {@link GradioError} the function throws (an LLM endpoint that is
 * down, say) is shown as the answer, and the conversation goes on.
 *
 * <p>The API has one endpoint, named after the function as in Gradio 6 ({@code /respond} for
 * {@code App::respond}): it takes the message (and the additional inputs), keeps the
 * conversation per session, and returns (or streams) the answer.
 */
public final class ChatInterface extends ChatInterfaceFactories implements App {
    private final Fn.Dynamic fn;
    private final Serializable named;
    private final ExampleOptions exampleOptions = new ExampleOptions();
    private final String functionName;
    private final boolean multimodal;
    private final List<Component<?, ?>> additionalInputs;
    private String title;
    private String description;
    private String placeholder;
    private String apiName;
    private String accordionLabel = "Additional Inputs";
    private List<String> fileTypes;
    private boolean editable;
    private boolean saveHistory;
    private Chatbot chatbot;
    private @Nullable FlaggingMode flaggingMode;
    private Path flaggingDir = Path.of(".gradio", "flagged");
    private final List<MultimodalValue> examples = new ArrayList<>();
    private Blocks built;
    private final PageStyle style = new PageStyle();

    private ChatInterface(Serializable named, Fn.Dynamic fn, boolean multimodal, List<Component<?, ?>> additionalInputs) {
        this.fn = fn;
        this.named = named;
        this.functionName = FunctionNames.of(named);
        this.multimodal = multimodal;
        this.additionalInputs = List.copyOf(additionalInputs);
    }

    /** Called by the typed factories {@link ChatInterfaceFactories} generates, one per number of additional inputs. */
    static ChatInterface create(Serializable named, Invoker invoker, boolean multimodal, List<? extends Component<?, ?>> additionalInputs) {
        return new ChatInterface(named, invoker::invoke, multimodal, List.copyOf(additionalInputs));
    }

    /** A title above the chat and in the browser tab. */
    public ChatInterface title(@Nullable String title) {
        this.title = title;
        return this;
    }

    /** Markdown shown below the title. */
    public ChatInterface description(@Nullable String description) {
        this.description = description;
        return this;
    }

    /** Markdown shown in the empty conversation. */
    public ChatInterface placeholder(@Nullable String placeholder) {
        this.placeholder = placeholder;
        return this;
    }

    /** Example messages, cards in the empty conversation; clicking one sends it. */
    public ChatInterface examples(String... messages) {
        Arrays.stream(messages).forEach(message -> examples.add(MultimodalValue.of(message)));
        return this;
    }

    /** An example message with attachments (a multimodal chat's), a card in the empty conversation; clicking it sends it. */
    public ChatInterface example(@Nullable String text, Path... files) {
        if (files.length > 0 && !multimodal) {
            throw new IllegalStateException("examples with files need a multimodal chat: ChatInterface.multimodal(fn)");
        }
        examples.add(MultimodalValue.of(text, files));
        return this;
    }

    /**
     * Labels shown in place of the example messages, one per example, as Gradio's
     * {@code example_labels}; a click still sends the message itself. A count that differs from
     * the examples' stops the build, saying both.
     */
    public ChatInterface exampleLabels(String... labels) {
        exampleOptions.labels = List.of(labels);
        return this;
    }

    /**
     * Whether the examples' answers are cached: each example message is answered once (at
     * start-up, or at its first click with {@link #cacheMode}) and a click shows the stored
     * exchange at once. See {@link Dataset#cache(CacheMode)} for where they are kept.
     */
    public ChatInterface cacheExamples(boolean cache) {
        exampleOptions.cache = cache;
        return this;
    }

    /** When cached examples are answered (with {@link #cacheExamples}): {@link CacheMode#EAGER} (the default) or {@link CacheMode#LAZY}. */
    public ChatInterface cacheMode(CacheMode mode) {
        exampleOptions.mode = java.util.Objects.requireNonNull(mode);
        return this;
    }

    /** Where cached examples are kept (default {@code .gradio/cached_examples}, or the {@code GRADIO_EXAMPLES_CACHE} variable's folder). */
    public ChatInterface examplesCacheFolder(Path folder) {
        exampleOptions.folder = folder;
        return this;
    }

    /** The endpoint's API name (default: the function's name). */
    public ChatInterface apiName(@Nullable String apiName) {
        this.apiName = apiName;
        return this;
    }

    /** The title of the accordion that holds the additional inputs (default "Additional Inputs"). */
    public ChatInterface additionalInputsAccordion(@Nullable String label) {
        this.accordionLabel = label;
        return this;
    }

    /** A multimodal chat's accepted attachments: extensions (".pdf") or kinds ("image", "audio", "video", "text"). */
    public ChatInterface fileTypes(String... types) {
        if (!multimodal) {
            throw new IllegalStateException("attachments need a multimodal chat: ChatInterface.multimodal(fn)");
        }
        this.fileTypes = List.of(types);
        return this;
    }

    /** Lets the user edit their messages; the conversation is answered again from the edited one. */
    public ChatInterface editable(boolean editable) {
        this.editable = editable;
        return this;
    }

    /**
     * Keeps the user's conversations in their browser, with a History panel to reopen one and go
     * on with it, start a new one or delete one. Nothing is stored on the server.
     */
    public ChatInterface saveHistory(boolean save) {
        this.saveHistory = save;
        return this;
    }

    /** The conversation component to use, for its height, avatars, placeholder and other looks; null for the default one. */
    public ChatInterface chatbot(@Nullable Chatbot chatbot) {
        this.chatbot = chatbot;
        return this;
    }

    /** The page's theme, as Gradio's {@code theme}; a {@link Launch#theme} wins over it. */
    public ChatInterface theme(@Nullable Theme theme) {
        style.theme(theme);
        return this;
    }

    /** Custom CSS for the page, as Gradio's {@code css}; see {@link Launch#css}. */
    public ChatInterface css(@Nullable String css) {
        style.css(css);
        return this;
    }

    /** CSS files for the page, read at launch; see {@link Launch#cssPaths}. */
    public ChatInterface cssPaths(java.nio.file.Path... paths) {
        style.cssPaths(paths);
        return this;
    }

    /** JavaScript run when the page loads; see {@link Launch#js}. */
    public ChatInterface js(@Nullable String js) {
        style.js(js);
        return this;
    }

    /** A JavaScript file run when the page loads, read at launch; see {@link Launch#jsPath}. */
    public ChatInterface jsPath(java.nio.file.@Nullable Path path) {
        style.jsPath(path);
        return this;
    }

    /** Custom HTML for the page's {@code <head>}; see {@link Launch#head}. */
    public ChatInterface head(@Nullable String head) {
        style.head(head);
        return this;
    }

    /** HTML files for the page's {@code <head>}, read at launch; see {@link Launch#headPaths}. */
    public ChatInterface headPaths(java.nio.file.Path... paths) {
        style.headPaths(paths);
        return this;
    }

    /**
     * The chat as {@link Blocks}, to launch or to place in a tab of a bigger app. Built once: the
     * same Blocks comes back on later calls, so set everything before the first.
     */
    @Override
    public Blocks toBlocks() {
        if (built == null) {
            built = build();
        }
        return built;
    }

    private Blocks build() {
        Blocks blocks = Blocks.of();
        blocks.mode = "chat_interface";
        blocks.style.copyFrom(style);
        if (title != null) {
            blocks.title(title);
            blocks.add(Markdown.appTitle(title));
        }
        if (description != null) {
            blocks.add(Markdown.of(description));
        }
        Chatbot conversation = chatbot != null ? chatbot : Chatbot.create().label("Chatbot");
        if (placeholder != null) {
            conversation.placeholder(placeholder);
        }
        if (editable) {
            conversation.editable("user");
        }
        if (saveHistory) {
            // One list per chat app: its title, else its function, tells apps on one host apart.
            conversation.saveHistory("gradio4j-chat:" + (title != null ? title : functionName));
        }
        ChatFunction function = new ChatFunction(fn, multimodal);
        Component<?, ?> box = new ChatPage(function, conversation, additionalInputs, fileTypes, examples, accordionLabel,
                exampleOptions, named).addTo(blocks);
        ChatApi.addTo(blocks, box, function, additionalInputs, apiName != null ? apiName : functionName);
        if (chatFlagging() == FlaggingMode.MANUAL) {
            ChatCsvLogger.in(flaggingDir).logLikesOf(conversation);
        }
        return blocks;
    }

    /**
     * {@link FlaggingMode#MANUAL} logs each thumb up and down on an answer, with its
     * conversation, into the {@link #flaggingDir} ({@link ChatCsvLogger}); the default is
     * {@link FlaggingMode#NEVER}, or {@code GRADIO_CHAT_FLAGGING_MODE} when set. As in Gradio,
     * a chat has no {@link FlaggingMode#AUTO}.
     *
     * @throws IllegalArgumentException for {@link FlaggingMode#AUTO}
     */
    public ChatInterface flaggingMode(FlaggingMode mode) {
        if (mode == FlaggingMode.AUTO) {
            throw new IllegalArgumentException("A ChatInterface flags messages when the user rates them: use FlaggingMode.MANUAL or NEVER, not AUTO.");
        }
        this.flaggingMode = mode;
        return this;
    }

    /** The folder the ratings' {@code log.csv} goes to (default {@code .gradio/flagged}). */
    public ChatInterface flaggingDir(Path folder) {
        this.flaggingDir = folder;
        return this;
    }

    /**
     * Calls one of the chat's endpoints as a Java function; see {@link Blocks#call}. Its API
     * (named after the function, or by {@link #apiName}) takes the message (and the additional
     * inputs) and answers the reply, each call a conversation of its own.
     */
    @Override
    public @Nullable Object call(String endpoint, @Nullable Object... args) {
        return toBlocks().call(endpoint, args);
    }

    private FlaggingMode chatFlagging() {
        if (flaggingMode != null) {
            return flaggingMode;
        }
        String env = System.getenv("GRADIO_CHAT_FLAGGING_MODE");
        return env != null && env.strip().equalsIgnoreCase("manual") ? FlaggingMode.MANUAL : FlaggingMode.NEVER;
    }
}
