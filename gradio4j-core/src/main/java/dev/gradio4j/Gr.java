package dev.gradio4j;

import dev.gradio4j.internal.app.EventContext;
import dev.gradio4j.llm.OpenAiChat;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.LoggerFactory;

/**
 * Short factories for every component, the injected inputs, and the toasts, in the spirit of
 * Python's {@code gr.} prefix. It also sidesteps the JDK names that components share
 * ({@code java.lang.Number}, {@code java.io.File}, {@code java.awt.Image}), which
 * {@code import dev.gradio4j.*;} makes ambiguous:
 * {@snippet class="dev.gradio4j.examples.snippets.BlocksSnippets" region="gr"}
 */
public final class Gr extends TriggerFactories {
    private Gr() {}

    /** {@link Textbox#create()}. */
    public static Textbox textbox() {
        return Textbox.create();
    }

    /** {@link Number#create()}. */
    public static Number number() {
        return Number.create();
    }

    /** {@link Slider#of(double, double)}. */
    public static Slider slider(double minimum, double maximum) {
        return Slider.of(minimum, maximum);
    }

    /** {@link Checkbox#create()}. */
    public static Checkbox checkbox() {
        return Checkbox.create();
    }

    /** {@link CheckboxGroup#of(String...)}. */
    public static CheckboxGroup checkboxGroup(String... choices) {
        return CheckboxGroup.of(choices);
    }

    /** {@link Radio#of(String...)}. */
    public static Radio radio(String... choices) {
        return Radio.of(choices);
    }

    /** {@link Dropdown#of(String...)}. */
    public static Dropdown<@Nullable String> dropdown(String... choices) {
        return Dropdown.of(choices);
    }

    /** {@link Button#of(String)}. */
    public static Button button(@Nullable String text) {
        return Button.of(text);
    }

    /** {@link ClearButton#of(Component...)}. */
    public static ClearButton clearButton(Component<?, ?>... components) {
        return ClearButton.of(components);
    }

    /** {@link ColorPicker#create()}. */
    public static ColorPicker colorPicker() {
        return ColorPicker.create();
    }

    /** {@link Markdown#of(String)}. */
    public static Markdown markdown(@Nullable String text) {
        return Markdown.of(text);
    }

    /** {@link Html#of(String)}. */
    public static Html html(@Nullable String html) {
        return Html.of(html);
    }

    /** {@link Json#create()}. */
    public static Json json() {
        return Json.create();
    }

    /** {@link Label#create()}. */
    public static Label label() {
        return Label.create();
    }

    /** {@link HighlightedText#create()}. */
    public static HighlightedText highlightedText() {
        return HighlightedText.create();
    }

    /** {@link Image#create()}: the value is a {@link BufferedImage}. */
    public static Image<@Nullable BufferedImage> image() {
        return Image.create();
    }

    /** {@link File#create()}: the value is a {@link Path}. */
    public static File<@Nullable Path> file() {
        return File.create();
    }

    /** {@link File#multiple()}: the value is a list of paths. */
    public static File<List<Path>> files() {
        return File.multiple();
    }

    /** {@link State#of(Object)}. */
    public static <T extends @Nullable Object> State<T> state(T initial) {
        return State.of(initial);
    }

    /** An input that gives the handler the {@link Request} behind the event. */
    public static Input<Request> request() {
        return new Injected<>("request", EventContext::request);
    }

    /** An input that gives the handler a {@link Progress} reporter. */
    public static Input<Progress> progress() {
        return new Injected<>("progress", Progress::new);
    }

    /** An input that gives a {@code select} handler what was selected. */
    public static Input<@Nullable SelectData> selectData() {
        return new Injected<>("select_data", context -> SelectData.from(context.eventData()));
    }

    /** An input that gives a Chatbot's {@code like} handler the rated message. */
    public static Input<@Nullable LikeData> likeData() {
        return new Injected<>("like_data", context -> LikeData.from(context.eventData()));
    }

    /** An input that gives a Chatbot's {@code retry} handler the message to answer again. */
    public static Input<@Nullable RetryData> retryData() {
        return new Injected<>("retry_data", context -> RetryData.from(context.eventData()));
    }

    /** An input that gives a Chatbot's {@code undo} handler the message taken back. */
    public static Input<@Nullable UndoData> undoData() {
        return new Injected<>("undo_data", context -> UndoData.from(context.eventData()));
    }

    /** An input that gives a Chatbot's {@code edit} handler the edited message. */
    public static Input<@Nullable EditData> editData() {
        return new Injected<>("edit_data", context -> EditData.from(context.eventData()));
    }

    /**
     * A chat with a model served by an OpenAI-compatible endpoint (OpenAI, Hugging Face
     * Inference Providers, vLLM, llama.cpp's server, Ollama), streaming its answers; Gradio's
     * {@code gr.load_chat}. With {@code fileTypes} (such as {@code "image"}) the message box takes
     * attachments, and images go to the model as pictures.
     *
     * {@snippet class="dev.gradio4j.examples.snippets.ChatSnippets" region="loadChat"}
     *
     * @param baseUrl the base URL the provider documents, e.g. {@code https://api.openai.com/v1}
     * @param token   the API key, or null for a local server that needs none
     * @see OpenAiChat for the client itself, and the errors the chat shows when the endpoint fails
     */
    public static ChatInterface loadChat(String baseUrl, String model, @Nullable String token, String... fileTypes) {
        OpenAiChat chat = OpenAiChat.of(baseUrl, model, token);
        ChatInterface chatInterface = fileTypes.length == 0 ? ChatInterface.of(chat::respond)
                : ChatInterface.multimodal(chat::respond).fileTypes(fileTypes);
        // The API is /chat, whatever the function inside: a stable name for clients of a loaded model.
        return chatInterface.title(model).apiName("chat");
    }

    /**
     * Another Gradio app (Python or Java) as a local one, as Gradio's {@code gr.load}: its
     * components with their props and its layout, rebuilt from its config, and each endpoint its
     * API offers wired to it through the Java client ({@code gradio4j-client}), under the same
     * names, streaming as it streams, files passed on both ways. Launch the answer, mount it,
     * place it in a bigger app, or {@link Blocks#call call} it.
     *
     * {@snippet class="dev.gradio4j.examples.snippets.LoadSnippets" region="load"}
     *
     * <p>A component gradio4j does not have yet shows as a note that names it, and a warning naming
     * each is logged; the rest works (an endpoint taking one sends the remote's initial value for
     * it). Handlers the remote keeps private or to its own page are not copied, but browser-only
     * ones (a Clear button's) are. Where the remote keeps {@code gr.State}, each browser session
     * here has a session of its own there; otherwise one session serves every call. The app's
     * {@code css}, {@code js} and {@code head} are not loaded, as in Gradio.
     *
     * @param urlOrSpace the app's URL ({@code "http://127.0.0.1:7860"}) or a Hugging Face Space's
     *     name ({@code "owner/name"})
     * @throws dev.gradio4j.client.GradioClientException when the app is down, refuses the login,
     *     or is not a Gradio app the client can call: its {@code kind()} says which, its message
     *     what to do. A call that fails later (the app went down, or changed its API) fails the
     *     event with that message, or throws it from {@link Blocks#call}.
     */
    public static Blocks load(String urlOrSpace) {
        return load(urlOrSpace, dev.gradio4j.client.ClientOptions.defaults());
    }

    /**
     * {@link #load(String)} with the client's options: a login, a token, timeouts.
     * {@snippet class="dev.gradio4j.examples.snippets.LoadSnippets" region="loadOptions"}
     */
    public static Blocks load(String urlOrSpace, dev.gradio4j.client.ClientOptions options) {
        return AppLoader.load(java.util.Objects.requireNonNull(urlOrSpace, "urlOrSpace"), java.util.Objects.requireNonNull(options, "options"));
    }

    /** Shows an info toast in the browser (and sends a log message to API clients). */
    public static void info(String message) {
        log("info", message, "Info");
    }

    /** Shows a warning toast. */
    public static void warning(String message) {
        log("warning", message, "Warning");
    }

    /** Shows a success toast. */
    public static void success(String message) {
        log("success", message, "Success");
    }

    /** A {@link GradioError} to throw: {@code throw Gr.error("Please upload an image.")}. */
    public static GradioError error(String message) {
        return new GradioError(message);
    }

    private static void log(String level, String message, String title) {
        EventContext context = EventContext.CURRENT.get();
        if (context == null) {
            LoggerFactory.getLogger(Gr.class).warn("{} outside an event handler, shown only here: {}", title, message);
            return;
        }
        context.log(level, message, title, 10.0, true);
    }
}
