package dev.gradio4j.examples.parity;

import dev.gradio4j.Blocks;
import dev.gradio4j.ChatMessage;
import dev.gradio4j.Chatbot;
import dev.gradio4j.ClearButton;
import dev.gradio4j.Gr;
import dev.gradio4j.Outputs;
import java.util.ArrayList;
import java.util.List;

/** Modelled on Gradio's {@code chatbot_simple} demo: Chatbot, Textbox and ClearButton in Blocks; twin {@code parity/apps/chatbot_simple.py}. */
public final class ChatbotSimple {
    private ChatbotSimple() {}

    record Reply(String message, List<ChatMessage> history) {}

    static Reply reply(String message, List<ChatMessage> history) {
        String[] words = message.trim().split("\\s+");
        int count = message.isBlank() ? 0 : words.length;
        String answer = "That message has " + count + " word(s); we have exchanged " + history.size() / 2 + " before.";
        List<ChatMessage> next = new ArrayList<>(history);
        next.add(ChatMessage.user(message));
        next.add(ChatMessage.assistant(answer));
        return new Reply("", next);
    }

    public static Blocks app() {
        var conversation = Chatbot.create().label("conversation");
        var message = Gr.textbox().label("message").placeholder("write something");
        var clear = ClearButton.of(message, conversation);
        message.submit(ChatbotSimple::reply, message, conversation, Outputs.of(message, conversation));
        return Blocks.of(conversation, message, clear);
    }

    public static void main(String[] args) {
        app().launch();
    }
}
