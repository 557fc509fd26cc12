package dev.gradio4j.examples.parity;

import dev.gradio4j.Blocks;
import dev.gradio4j.ChatInterface;
import dev.gradio4j.ChatMessage;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/** Modelled on Gradio's {@code chatinterface_streaming_echo} demo: a ChatInterface that streams; twin {@code parity/apps/chat_streaming_echo.py}. */
public final class ChatStreamingEcho {
    private ChatStreamingEcho() {}

    static Stream<String> spell(String message, List<ChatMessage> history) {
        return IntStream.rangeClosed(1, message.length()).mapToObj(end -> "Spelling: " + message.substring(0, end));
    }

    public static Blocks app() {
        return ChatInterface.of(ChatStreamingEcho::spell).description("Answers letter by letter.").toBlocks();
    }

    public static void main(String[] args) {
        app().launch();
    }
}
