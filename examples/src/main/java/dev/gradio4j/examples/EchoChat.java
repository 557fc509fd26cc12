package dev.gradio4j.examples;

import dev.gradio4j.ChatInterface;
import dev.gradio4j.ChatMessage;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * A chat that streams back what it was told, word by word, and how long the conversation is:
 * the smallest {@code ChatInterface}, with its conversations kept in the browser. Run with
 * {@code examples/run echo-chat}.
 */
public final class EchoChat {
    private EchoChat() {}

    static Stream<String> respond(String message, List<ChatMessage> history) {
        String[] words = ("You said: " + message + " (history " + history.size() + ")").split(" ");
        return IntStream.rangeClosed(1, words.length).mapToObj(n -> {
            pause();
            return String.join(" ", List.of(words).subList(0, n));
        });
    }

    private static void pause() {
        try {
            Thread.sleep(60);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("stopped", e);
        }
    }

    /** Builds the app (tests launch it on their own port). */
    public static ChatInterface app() {
        return ChatInterface.of(EchoChat::respond)
                .title("Echo chat")
                .placeholder("Say something: the answer streams back word by word.")
                .examples("Hello there!", "How long is this conversation?")
                .saveHistory(true);
    }

    public static void main(String[] args) {
        app().launch();
    }
}
