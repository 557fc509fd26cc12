package dev.gradio4j;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.BaseStream;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A chat app in one line: {@code fn(message, history)} answers each message, with a
 * {@code String} or a {@code ChatMessage}, or streams its answer with a {@code Stream} of the
 * growing text. Gradio's {@code gr.ChatInterface}.
 *
 * <pre>{@code
 * ChatInterface.of((String message, List<ChatMessage> history) -> streamReply(message, history))
 *         .title("Assistant")
 *         .examples("Hello!", "Summarise this document")
 *         .launch();
 * }</pre>
 *
 * <p>The page shows the conversation, a message box with Send and Stop, and the examples. The API
 * has one endpoint, named after the function as in Gradio 6 ({@code /respond} for
 * {@code App::respond}): it takes the message, keeps the conversation per session, and returns
 * (or streams) the answer.
 */
public final class ChatInterface {
    private final Fn.F2<String, List<ChatMessage>, ?> fn;
    private final String functionName;
    private String title;
    private String description;
    private String placeholder;
    private String apiName;
    private final List<String> examples = new ArrayList<>();

    private ChatInterface(Fn.F2<String, List<ChatMessage>, ?> fn) {
        this.fn = fn;
        this.functionName = FunctionNames.of(fn);
    }

    /**
     * A chat around {@code fn}, which gets the new message and the conversation before it, and
     * returns a {@code String} or a {@code ChatMessage}, or a {@code Stream} (or {@code Iterator},
     * {@code Iterable}) of them: each element is the answer so far.
     */
    public static ChatInterface of(Fn.F2<String, List<ChatMessage>, ?> fn) {
        return new ChatInterface(fn);
    }

    /** A title above the chat and in the browser tab. */
    public ChatInterface title(String title) {
        this.title = title;
        return this;
    }

    /** Markdown shown below the title. */
    public ChatInterface description(String description) {
        this.description = description;
        return this;
    }

    /** Markdown shown in the empty conversation. */
    public ChatInterface placeholder(String placeholder) {
        this.placeholder = placeholder;
        return this;
    }

    /** Example messages; clicking one sends it. */
    public ChatInterface examples(String... messages) {
        examples.addAll(Arrays.asList(messages));
        return this;
    }

    /** The endpoint's API name (default: the function's name). */
    public ChatInterface apiName(String apiName) {
        this.apiName = apiName;
        return this;
    }

    /** The chat as {@link Blocks}, to launch or to place in a tab of a bigger app. */
    public Blocks toBlocks() {
        Blocks blocks = Blocks.of();
        blocks.mode = "chat_interface";
        if (title != null) {
            blocks.title(title);
            blocks.add(Markdown.of("<h1 style='text-align: center; margin-bottom: 1rem'>" + title + "</h1>"));
        }
        if (description != null) {
            blocks.add(Markdown.of(description));
        }
        Chatbot chatbot = Chatbot.create().label("Chatbot");
        if (placeholder != null) {
            chatbot.placeholder(placeholder);
        }
        Textbox message = Textbox.create().label("Message").showLabel(false).placeholder("Type a message…").scale(7)
                .container(false);
        Button send = Button.of("Send").primary().scale(1);
        Button stop = Button.of("Stop").stop().scale(1);
        State<List<ChatMessage>> history = State.of(List.of());
        Json response = Json.create().label("Response").visible(false);
        Button api = Button.of("API").visible(false);

        Output<Stream<Object>> view = Outputs.of(chatbot, message).streaming();
        Fn.Dynamic page = args -> inPage((String) args.get(0), chatbotValue(args.get(1)));
        Dependency sent = send.click(page, List.of(message, chatbot), view)
                .apiName("chat_in_page")
                .apiVisibility(ApiVisibility.UNDOCUMENTED);
        sent.alsoOn(message, "submit");
        stop.click().cancels(sent);
        api.click(args -> overApi((String) args.get(0), chatbotValue(args.get(1)), response, history),
                        List.of(message, history), Outputs.of(response, history).streaming())
                .apiName(apiName != null ? apiName : functionName);

        blocks.add(chatbot);
        blocks.add(Row.of(message, send, stop));
        if (!examples.isEmpty()) {
            Dataset samples = Dataset.of(List.of(message), examples.stream().map(example -> List.<Object>of(example)).toList());
            Examples.fill(samples, List.of(message)).then(page, List.of(message, chatbot), view)
                    .apiName("chat_example").apiVisibility(ApiVisibility.UNDOCUMENTED);
            blocks.add(samples);
        }
        blocks.add(Row.of(api, response).visible(false));
        return blocks;
    }

    @SuppressWarnings("unchecked")
    private static List<ChatMessage> chatbotValue(Object value) {
        return value == null ? List.of() : (List<ChatMessage>) value;
    }

    /** The page's path: the message shows at once, the box empties, then the answer grows. */
    private Stream<Object> inPage(String text, List<ChatMessage> before) {
        if (text == null || text.isBlank()) {
            return Stream.empty();
        }
        List<ChatMessage> asked = new ArrayList<>(before);
        asked.add(ChatMessage.user(text));
        AtomicReference<Stream<ChatMessage>> running = new AtomicReference<>();
        Iterator<Object> shown = new Iterator<>() {
            private Iterator<ChatMessage> answers;

            @Override
            public boolean hasNext() {
                return answers == null || answers.hasNext();
            }

            @Override
            public Object next() {
                if (answers == null) {
                    // The function runs only once the question is on screen.
                    running.set(answers(text, before));
                    answers = running.get().iterator();
                    return List.of(List.copyOf(asked), "");
                }
                List<ChatMessage> conversation = new ArrayList<>(asked);
                conversation.add(answers.next());
                return List.of(conversation, "");
            }
        };
        return stream(shown, running);
    }

    /** The API's path: the answer streams; the session's history takes the exchange at the end. */
    private Stream<Object> overApi(String text, List<ChatMessage> before, Json response, State<List<ChatMessage>> history) {
        AtomicReference<Stream<ChatMessage>> running = new AtomicReference<>(answers(text, before));
        Iterator<ChatMessage> answers = running.get().iterator();
        Iterator<Object> updates = new Iterator<>() {
            private ChatMessage last = ChatMessage.assistant("");
            private boolean ended;

            @Override
            public boolean hasNext() {
                return !ended;
            }

            @Override
            public Object next() {
                if (answers.hasNext()) {
                    last = answers.next();
                    return Updates.of().set(response, answerValue(last));
                }
                ended = true;
                List<ChatMessage> after = new ArrayList<>(before);
                after.add(ChatMessage.user(text));
                after.add(last);
                return Updates.of().set(response, answerValue(last)).set(history, List.copyOf(after));
            }
        };
        return stream(updates, running);
    }

    /** A stream of {@code elements} that, when closed, closes the function's stream too. */
    private static Stream<Object> stream(Iterator<Object> elements, AtomicReference<Stream<ChatMessage>> running) {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(elements, Spliterator.ORDERED), false).onClose(() -> {
            if (running.get() != null) {
                running.get().close();
            }
        });
    }

    /** What the API returns for an answer: its text, or the whole message when it has files or metadata. */
    private static Object answerValue(ChatMessage answer) {
        return answer.files().isEmpty() && answer.metadata() == null ? answer.text() : answer;
    }

    /** The function's answers, each the answer so far, as assistant messages. */
    private Stream<ChatMessage> answers(String text, List<ChatMessage> before) {
        Object result;
        try {
            result = fn.apply(text, before);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        Iterator<?> iterator = switch (result) {
            case BaseStream<?, ?> stream -> stream.iterator();
            case Iterator<?> it -> it;
            case Iterable<?> iterable -> iterable.iterator();
            case null -> Collections.emptyIterator();
            default -> List.of(result).iterator();
        };
        Stream<?> elements = StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator, Spliterator.ORDERED), false);
        if (result instanceof BaseStream<?, ?> stream) {
            elements = elements.onClose(stream::close);
        }
        return elements.map(ChatInterface::asMessage);
    }

    private static ChatMessage asMessage(Object answer) {
        return switch (answer) {
            case ChatMessage message -> message;
            case String text -> ChatMessage.assistant(text);
            case null -> ChatMessage.assistant("");
            default -> throw new IllegalStateException("A chat function answers with a String or a ChatMessage (or a Stream of"
                    + " them), not a " + answer.getClass().getName());
        };
    }

    /** Serves the chat; see {@link Blocks#launch()}. */
    public Server launch() {
        return toBlocks().launch();
    }

    /** Serves the chat with options; see {@link Blocks#launch(Launch)}. */
    public Server launch(Launch options) {
        return toBlocks().launch(options);
    }
}
