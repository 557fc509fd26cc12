package dev.gradio4j;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a chat does to its conversation, without a server: the user's question as the
 * conversation shows it, and which part of the conversation a retry, an edit or an undo keeps.
 * {@link ChatPage} wires these to the page's events.
 */
final class Conversation {
    private Conversation() {}

    /** A question and the conversation before it: what the chat function is called with. */
    record Turn(ChatMessage question, List<ChatMessage> before) {}

    /** What an undo leaves: the conversation before the last question, and the question, back in the box. */
    record Undone(List<ChatMessage> kept, MultimodalValue message) {}

    /** The user's message as the conversation shows it: the files, then the text. */
    static ChatMessage question(MultimodalValue message) {
        List<ChatMessage.Part> parts = new ArrayList<>();
        message.files().forEach(file -> parts.add(new ChatMessage.File(file, null)));
        if (!message.text().isEmpty()) {
            parts.add(new ChatMessage.Text(message.text()));
        }
        return new ChatMessage("user", parts, null);
    }

    /** A message from the box (a String or a MultimodalValue) or the conversation (a ChatMessage). */
    static MultimodalValue message(Object value) {
        return switch (value) {
            case null -> new MultimodalValue("", List.of());
            case MultimodalValue multimodal -> multimodal;
            case ChatMessage asked -> new MultimodalValue(asked.text(), asked.files());
            default -> MultimodalValue.of(value.toString());
        };
    }

    /** A conversation as an input hands it over: null (an empty Chatbot) is no message. */
    @SuppressWarnings("unchecked")
    static List<ChatMessage> of(Object value) {
        return value == null ? List.of() : (List<ChatMessage>) value;
    }

    /** Retry: the last user message, asked again of the conversation before it; empty when there is none. */
    static Optional<Turn> retry(List<ChatMessage> shown) {
        int last = lastUserMessage(shown);
        return last < 0 ? Optional.empty() : Optional.of(new Turn(shown.get(last), List.copyOf(shown.subList(0, last))));
    }

    /**
     * Edit: the edited message asked of the conversation before it (what came after goes).
     *
     * @throws GradioError when the edit is not of one of the user's own messages
     */
    static Turn edit(List<ChatMessage> shown, EditData edit) {
        if (edit == null || edit.index() < 0 || edit.index() >= shown.size() || !"user".equals(shown.get(edit.index()).role())) {
            throw new GradioError("Only your own messages can be edited.");
        }
        ChatMessage original = shown.get(edit.index());
        return new Turn(question(new MultimodalValue(edit.value(), original.files())), List.copyOf(shown.subList(0, edit.index())));
    }

    /** Undo: the last exchange goes, and the user's message returns; nothing changes without one. */
    static Undone undo(List<ChatMessage> shown) {
        int last = lastUserMessage(shown);
        if (last < 0) {
            return new Undone(List.copyOf(shown), new MultimodalValue("", List.of()));
        }
        ChatMessage taken = shown.get(last);
        return new Undone(List.copyOf(shown.subList(0, last)), new MultimodalValue(taken.text(), taken.files()));
    }

    /** The history the function sees: errors shown as answers were for the user, not for it. */
    static List<ChatMessage> forFunction(List<ChatMessage> before) {
        return before.stream().filter(message -> !message.isError()).toList();
    }

    /** The conversation with one more exchange: the question, then the answer so far. */
    static List<ChatMessage> with(List<ChatMessage> before, ChatMessage question, List<ChatMessage> answer) {
        List<ChatMessage> after = new ArrayList<>(before);
        after.add(question);
        after.addAll(answer);
        return List.copyOf(after);
    }

    private static int lastUserMessage(List<ChatMessage> conversation) {
        for (int i = conversation.size() - 1; i >= 0; i--) {
            if ("user".equals(conversation.get(i).role())) {
                return i;
            }
        }
        return -1;
    }
}
