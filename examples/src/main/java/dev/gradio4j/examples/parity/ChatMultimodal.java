package dev.gradio4j.examples.parity;

import dev.gradio4j.Blocks;
import dev.gradio4j.ChatInterface;
import dev.gradio4j.ChatMessage;
import dev.gradio4j.MultimodalValue;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** Modelled on Gradio's {@code chatinterface_multimodal} demo: a ChatInterface taking files; twin {@code parity/apps/chat_multimodal.py}. */
public final class ChatMultimodal {
    private ChatMultimodal() {}

    static String inspect(MultimodalValue message, List<ChatMessage> history) {
        List<Path> files = message.files();
        String names = files.isEmpty() ? "no files"
                : files.stream().map(file -> file.getFileName().toString()).collect(Collectors.joining(", "));
        return files.size() + " attachment(s) (" + names + ") with the note: " + message.text();
    }

    public static Blocks app() {
        return ChatInterface.multimodal(ChatMultimodal::inspect)
                .fileTypes("image", ".txt")
                .title("Attachment counter")
                .toBlocks();
    }

    public static void main(String[] args) {
        app().launch();
    }
}
