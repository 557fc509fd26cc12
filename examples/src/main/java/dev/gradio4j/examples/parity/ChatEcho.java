package dev.gradio4j.examples.parity;

import dev.gradio4j.Blocks;
import dev.gradio4j.ChatInterface;
import dev.gradio4j.ChatMessage;
import java.util.List;

/** Modelled on Gradio's {@code chatinterface_echo} demo: the smallest ChatInterface; twin {@code parity/apps/chat_echo.py}. */
public final class ChatEcho {
    private ChatEcho() {}

    static String echo(String message, List<ChatMessage> history) {
        return "Echo " + (history.size() / 2 + 1) + ": " + message;
    }

    public static Blocks app() {
        return ChatInterface.of(ChatEcho::echo).title("Echo chamber").examples("ping", "is anyone there?").toBlocks();
    }

    public static void main(String[] args) {
        app().launch();
    }
}
