package dev.gradio4j;

import dev.gradio4j.internal.app.Invoker;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletRegistration;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * A chat app in one line: {@code fn(message, history)} answers each message, with a
 * {@code String} or a {@code ChatMessage} (or a {@code List} of them: thoughts, then the answer),
 * or streams its answer with a {@code Stream} of the growing text. Gradio's
 * {@code gr.ChatInterface}.
 *
 * <pre>{@code
 * ChatInterface.of((String message, List<ChatMessage> history) -> streamReply(message, history))
 *         .title("Assistant")
 *         .examples("Hello!", "Summarise this document")
 *         .launch();
 *
 * // Attachments: the message is text and files.
 * ChatInterface.multimodal((MultimodalValue message, List<ChatMessage> history) -> describe(message))
 *         .fileTypes("image")
 *         .launch();
 *
 * // Additional inputs: shown in an accordion under the chat, passed after the history.
 * var temperature = Gr.slider(0, 1).value(0.7).label("Temperature");
 * ChatInterface.of((String message, List<ChatMessage> history, Double t) -> reply(message, history, t), temperature);
 * }</pre>
 *
 * <p>The page shows the conversation, a message box with Send and Stop, and the examples. Under
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
public final class ChatInterface extends ChatInterfaceFactories {
    private final Fn.Dynamic fn;
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
    private final List<MultimodalValue> examples = new ArrayList<>();
    private Blocks built;

    private ChatInterface(Serializable named, Fn.Dynamic fn, boolean multimodal, List<Component<?, ?>> additionalInputs) {
        this.fn = fn;
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

    /** Example messages; clicking one sends it. */
    public ChatInterface examples(String... messages) {
        Arrays.stream(messages).forEach(message -> examples.add(MultimodalValue.of(message)));
        return this;
    }

    /** An example message with attachments (a multimodal chat's); clicking it sends it. */
    public ChatInterface example(@Nullable String text, Path... files) {
        if (files.length > 0 && !multimodal) {
            throw new IllegalStateException("examples with files need a multimodal chat: ChatInterface.multimodal(fn)");
        }
        examples.add(MultimodalValue.of(text, files));
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

    /**
     * The chat as {@link Blocks}, to launch or to place in a tab of a bigger app. Built once: the
     * same Blocks comes back on later calls, so set everything before the first.
     */
    public Blocks toBlocks() {
        if (built == null) {
            built = build();
        }
        return built;
    }

    private Blocks build() {
        Blocks blocks = Blocks.of();
        blocks.mode = "chat_interface";
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
        new Wiring(conversation).addTo(blocks);
        return blocks;
    }

    /** The components of one chat page and the events between them. */
    private final class Wiring {
        private final Chatbot conversation;
        private final Component<?, ?> box;
        private final Output<Stream<Object>> view;

        Wiring(Chatbot conversation) {
            this.conversation = conversation;
            this.box = multimodal ? multimodalBox() : Textbox.create().label("Message").showLabel(false)
                    .placeholder("Type a message…").submitButton(true).stopButton(true).container(false);
            this.view = Outputs.of(conversation, box).streaming();
        }

        private MultimodalTextbox multimodalBox() {
            MultimodalTextbox box = MultimodalTextbox.create().multipleFiles().label("Message").showLabel(false)
                    .placeholder("Type a message…").stopButton(true).container(false);
            return fileTypes == null ? box : box.fileTypes(fileTypes.toArray(String[]::new));
        }

        void addTo(Blocks blocks) {
            List<Input<?>> pageInputs = new ArrayList<>(List.of(box, conversation));
            pageInputs.addAll(additionalInputs);
            List<Input<?>> retryInputs = new ArrayList<>(List.of(conversation));
            retryInputs.addAll(additionalInputs);
            List<Input<?>> editInputs = new ArrayList<>(List.of(conversation, Gr.editData()));
            editInputs.addAll(additionalInputs);

            // Everything that streams an answer, for Stop, Clear and Undo to cancel.
            List<Dependency> answering = new ArrayList<>();
            Dependency sent = Events.listen(box, "submit", null,
                            args -> submitted(args.get(0), conversationOf(args.get(1)), rest(args, 2)), view, pageInputs)
                    .apiName("chat_in_page").apiVisibility(ApiVisibility.UNDOCUMENTED);
            answering.add(sent);
            answering.add(conversation.retry(args -> retried(conversationOf(args.getFirst()), rest(args, 1)), retryInputs, view)
                    .apiName("chat_retry").apiVisibility(ApiVisibility.UNDOCUMENTED));
            answering.add(conversation.edit(args -> edited(conversationOf(args.get(0)), (EditData) args.get(1), rest(args, 2)),
                    editInputs, view).apiName("chat_edit").apiVisibility(ApiVisibility.UNDOCUMENTED));
            List<Input<?>> optionInputs = new ArrayList<>(List.of(conversation, Gr.selectData()));
            optionInputs.addAll(additionalInputs);
            // An option under the last answer is sent as the user's next message.
            answering.add(conversation.optionSelect(args -> submitted(((SelectData) args.get(1)).value(), conversationOf(args.get(0)),
                    rest(args, 2)), optionInputs, view).apiName("chat_option").apiVisibility(ApiVisibility.UNDOCUMENTED));
            Dependency undone = conversation.undo(args -> undone(conversationOf(args.getFirst())), List.of(conversation),
                    Outputs.of(conversation, box)).apiName("chat_undo").apiVisibility(ApiVisibility.UNDOCUMENTED);

            blocks.add(conversation);
            blocks.add(box);
            // The box's own Stop, shown in place of Send while an answer streams, as in Gradio.
            Dependency stopped = box instanceof MultimodalTextbox multimodalBox ? multimodalBox.stop() : ((Textbox) box).stop();
            if (!examples.isEmpty()) {
                Dataset samples = Dataset.of(List.of(box), examples.stream()
                        .map(example -> List.<Object>of(multimodal ? example : example.text())).toList());
                answering.add(Examples.fill(samples, List.of(box))
                        .then(args -> submitted(args.get(0), conversationOf(args.get(1)), rest(args, 2)), pageInputs, view)
                        .apiName("chat_example").apiVisibility(ApiVisibility.UNDOCUMENTED));
                blocks.add(samples);
            }
            Dependency[] all = answering.toArray(Dependency[]::new);
            // One answer at a time: a new message, an example, a retry or an edit stops the running one.
            for (Dependency answer : answering) {
                answer.cancels(answering.stream().filter(other -> other != answer).toArray(Dependency[]::new));
            }
            stopped.cancels(all);
            conversation.clear().cancels(all);
            undone.cancels(all);
            if (!additionalInputs.isEmpty()) {
                blocks.add(Accordion.of(accordionLabel, additionalInputs.toArray(Block<?>[]::new)).open(false));
            }
            addApi(blocks);
        }

        /** The page's path: the message shows at once, the box empties, then the answer grows. */
        private Stream<Object> submitted(Object message, List<ChatMessage> before, List<Object> extras) {
            MultimodalValue value = boxValue(message);
            if (value.isBlank()) {
                return Stream.of(Updates.of());   // nothing to send: the page stays as it is
            }
            Object emptied = multimodal ? new MultimodalValue("", List.of()) : "";
            // The box empties with the question's first showing; later steps leave it alone, so
            // what the user types meanwhile stays.
            boolean[] first = {true};
            return converse(question(value), before, extras).map(shown -> {
                if (first[0]) {
                    first[0] = false;
                    return List.of(shown, emptied);
                }
                return Updates.of().set(conversation, shown);
            });
        }

        /** Retry: the last user message is answered again, the box left as the user has it. */
        private Stream<Object> retried(List<ChatMessage> shown, List<Object> extras) {
            int last = lastUserMessage(shown);
            if (last < 0) {
                return Stream.of(Updates.of());
            }
            return converse(shown.get(last), shown.subList(0, last), extras)
                    .map(conversation -> Updates.of().set(this.conversation, conversation));
        }

        /** Edit: the conversation up to the edited message is kept, and answered again from it. */
        private Stream<Object> edited(List<ChatMessage> shown, EditData edit, List<Object> extras) {
            if (edit == null || edit.index() < 0 || edit.index() >= shown.size() || !"user".equals(shown.get(edit.index()).role())) {
                throw new GradioError("Only your own messages can be edited.");
            }
            ChatMessage original = shown.get(edit.index());
            ChatMessage question = question(new MultimodalValue(edit.value(), original.files()));
            return converse(question, shown.subList(0, edit.index()), extras)
                    .map(conversation -> Updates.of().set(this.conversation, conversation));
        }

        /** Undo: the last exchange goes, and the user's message returns to the box. */
        private List<Object> undone(List<ChatMessage> shown) {
            int last = lastUserMessage(shown);
            if (last < 0) {
                return List.of(shown, multimodal ? new MultimodalValue("", List.of()) : "");
            }
            ChatMessage taken = shown.get(last);
            Object back = multimodal ? new MultimodalValue(taken.text(), taken.files()) : taken.text();
            return List.of(List.copyOf(shown.subList(0, last)), back);
        }

        /** The API's endpoint: the answer streams; the session's history takes the exchange at the end. */
        private void addApi(Blocks blocks) {
            State<List<ChatMessage>> history = State.of(List.of());
            ChatResponse response = new ChatResponse();
            Button api = Button.of("API").visible(false);
            List<Input<?>> inputs = new ArrayList<>(List.of(box, history));
            inputs.addAll(additionalInputs);
            api.click(args -> overApi(boxValue(args.get(0)), conversationOf(args.get(1)), rest(args, 2), response, history),
                            inputs, Outputs.of(response, history).streaming())
                    .apiName(apiName != null ? apiName : functionName);
            blocks.add(Row.of(api, response).visible(false));
        }

        private Stream<Object> overApi(MultimodalValue message, List<ChatMessage> before, List<Object> extras, ChatResponse response,
                                       State<List<ChatMessage>> history) {
            AtomicReference<Stream<List<ChatMessage>>> running = new AtomicReference<>(
                    ChatReplies.of(() -> call(message, before, extras), false));
            Iterator<List<ChatMessage>> answers = running.get().iterator();
            Iterator<Object> updates = new Iterator<>() {
                private List<ChatMessage> last = List.of();
                private boolean started;

                // One step per answer step; an answer with no step at all still records the question.
                @Override
                public boolean hasNext() {
                    return !started || answers.hasNext();
                }

                @Override
                public Object next() {
                    if (answers.hasNext()) {
                        last = answers.next();
                    }
                    started = true;
                    // Each step records the exchange so far: an answer stopped midway is kept, as in Gradio.
                    List<ChatMessage> after = new ArrayList<>(before);
                    after.add(question(message));
                    after.addAll(last);
                    return Updates.of().set(response, answerValue(last)).set(history, List.copyOf(after));
                }
            };
            return stream(updates, running);
        }

        /** The conversation while the function answers {@code question}: first without the answer, then with each step. */
        private Stream<List<ChatMessage>> converse(ChatMessage question, List<ChatMessage> before, List<Object> extras) {
            List<ChatMessage> asked = new ArrayList<>(before);
            asked.add(question);
            AtomicReference<Stream<List<ChatMessage>>> running = new AtomicReference<>();
            Iterator<List<ChatMessage>> shown = new Iterator<>() {
                private Iterator<List<ChatMessage>> answers;

                @Override
                public boolean hasNext() {
                    return answers == null || answers.hasNext();
                }

                @Override
                public List<ChatMessage> next() {
                    if (answers == null) {
                        // The function runs only once the question is on screen.
                        // Errors shown as answers are for the user, not the function's history.
                        List<ChatMessage> history = before.stream().filter(message -> !ChatReplies.isError(message)).toList();
                        running.set(ChatReplies.of(() -> call(boxValue(question), history, extras), true));
                        answers = running.get().iterator();
                        return List.copyOf(asked);
                    }
                    List<ChatMessage> conversation = new ArrayList<>(asked);
                    conversation.addAll(answers.next());
                    return conversation;
                }
            };
            return stream(shown, running);
        }

        /** Calls the function with the message as it takes it: text, or text and files. */
        private Object call(MultimodalValue message, List<ChatMessage> before, List<Object> extras) throws Exception {
            List<Object> args = new ArrayList<>();
            args.add(multimodal ? message : message.text());
            args.add(before);
            args.addAll(extras);
            return fn.apply(args);
        }
    }

    /** The user's message as the conversation shows it: the files, then the text. */
    private static ChatMessage question(MultimodalValue message) {
        List<ChatMessage.Part> parts = new ArrayList<>();
        message.files().forEach(file -> parts.add(new ChatMessage.File(file, null)));
        if (!message.text().isEmpty()) {
            parts.add(new ChatMessage.Text(message.text()));
        }
        return new ChatMessage("user", parts, null);
    }

    /** A message from the box (a String or a MultimodalValue) or the conversation (a ChatMessage). */
    private static MultimodalValue boxValue(Object message) {
        return switch (message) {
            case null -> new MultimodalValue("", List.of());
            case MultimodalValue value -> value;
            case ChatMessage asked -> new MultimodalValue(asked.text(), asked.files());
            default -> MultimodalValue.of(message.toString());
        };
    }

    @SuppressWarnings("unchecked")
    private static List<ChatMessage> conversationOf(Object value) {
        return value == null ? List.of() : (List<ChatMessage>) value;
    }

    private static List<Object> rest(List<Object> args, int from) {
        return args.subList(from, args.size());
    }

    private static int lastUserMessage(List<ChatMessage> conversation) {
        for (int i = conversation.size() - 1; i >= 0; i--) {
            if ("user".equals(conversation.get(i).role())) {
                return i;
            }
        }
        return -1;
    }

    /** A stream of {@code elements} that, when closed, closes the function's stream too. */
    private static <T, R> Stream<R> stream(Iterator<R> elements, AtomicReference<Stream<T>> running) {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(elements, Spliterator.ORDERED), false).onClose(() -> {
            if (running.get() != null) {
                running.get().close();
            }
        });
    }

    /** What the API returns: the answer's text, or the messages themselves when they have files or metadata. */
    private static Object answerValue(List<ChatMessage> answer) {
        if (answer.size() == 1 && answer.getFirst().files().isEmpty() && answer.getFirst().metadata() == null) {
            return answer.getFirst().text();
        }
        if (answer.isEmpty()) {
            return "";
        }
        return answer.size() == 1 ? answer.getFirst() : answer;
    }

    /** Serves the chat; see {@link Blocks#launch()}. */
    public Server launch() {
        return toBlocks().launch();
    }

    /** Serves the chat with options; see {@link Blocks#launch(Launch)}. */
    public Server launch(Launch options) {
        return toBlocks().launch(options);
    }

    /** Serves the chat from a servlet container; see {@link Blocks#mount(ServletContext, String, Launch)}. */
    public ServletRegistration.Dynamic mount(ServletContext context, String path, Launch options) {
        return toBlocks().mount(context, path, options);
    }

    /** Serves the chat from a servlet container with the default options; see {@link Blocks#mount(ServletContext, String)}. */
    public ServletRegistration.Dynamic mount(ServletContext context, String path) {
        return toBlocks().mount(context, path);
    }
}
