package dev.gradio4j.examples.snippets;

import dev.gradio4j.ChatInterface;
import dev.gradio4j.ChatMessage;
import dev.gradio4j.Gr;
import dev.gradio4j.Label;
import dev.gradio4j.MultimodalValue;
import dev.gradio4j.llm.OpenAiChat;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The examples in the Javadoc of {@code ChatInterface}, {@code ChatMessage}, {@code OpenAiChat}
 * and {@code Gr.loadChat}: chat apps. The methods that launch are called by nobody (they only have
 * to compile); {@link #withTemperature()} and {@link #messages()} build without launching, and a
 * test runs them.
 */
public final class ChatSnippets {
    private ChatSnippets() {}

    /** Streams an echo of the message, a word more at a time: the growing text. */
    static Stream<String> streamReply(String message, List<ChatMessage> history) {
        String[] words = ("You said: " + message).split(" ");
        return IntStream.rangeClosed(1, words.length).mapToObj(n -> String.join(" ", List.of(words).subList(0, n)));
    }

    static String describe(MultimodalValue message) {
        return message.files().size() + " file(s): " + message.files();
    }

    static String reply(String message, List<ChatMessage> history, Double temperature) {
        return "At temperature " + temperature + ", after " + history.size() + " messages: " + message;
    }

    /** Launches the chat apps of {@code ChatInterface}; nobody calls it, it only has to compile. */
    static void launch() {
        // @start region="chat"
        ChatInterface.of((String message, List<ChatMessage> history) -> streamReply(message, history))
                .title("Assistant")
                .examples("Hello!", "Summarise this document")
                .launch();
        // @end

        // @start region="multimodal"
        ChatInterface.multimodal((MultimodalValue message, List<ChatMessage> history) -> describe(message))
                .fileTypes("image")
                .launch();
        // @end
    }

    /** A chat with an additional input, the temperature. */
    public static ChatInterface withTemperature() {
        // @start region="additionalInputs"
        var temperature = Gr.slider(0, 1).step(0.1).value(0.7).label("Temperature");
        var chat = ChatInterface.of((String message, List<ChatMessage> history, Double t) -> reply(message, history, t), temperature);
        // @end
        return chat;
    }

    /** The messages of {@code ChatMessage}'s example, in order. */
    public static List<ChatMessage> messages() {
        // @start region="messages"
        var question = ChatMessage.user("What is in this picture?", Path.of("cat.png"));
        var answer = ChatMessage.assistant("A cat.");
        var toolCall = ChatMessage.assistant("Searched the web for cats").withMetadata(ChatMessage.Metadata.titled("Using a tool"));
        var scores = ChatMessage.assistant(Label.create().value(Map.of("cat", 0.9, "dog", 0.1)));   // a component in the message
        var offer = ChatMessage.assistant("Shall I go on?").withOptions("Yes", "No");            // choices under the answer
        // @end
        return List.of(question, answer, toolCall, scores, offer);
    }

    /** Launches a chat with a model; nobody calls it, it only has to compile. */
    static void launchOpenAiChat() {
        // @start region="openAiChat"
        OpenAiChat chat = OpenAiChat.fromEnvironment()
                .orElseGet(() -> OpenAiChat.of("http://localhost:11434/v1", "llama3.2", null))
                .systemPrompt("You are a helpful assistant.");
        ChatInterface.of(chat::respond).title("Assistant").launch();
        // @end
    }

    /** Launches a chat with a local Ollama; nobody calls it, it only has to compile. */
    static void launchLoadedChat() {
        // @start region="loadChat"
        Gr.loadChat("http://localhost:11434/v1", "llama3.2", null).launch();
        // @end
    }
}
