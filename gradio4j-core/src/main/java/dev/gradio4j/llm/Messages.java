package dev.gradio4j.llm;

import dev.gradio4j.ChatMessage;
import dev.gradio4j.GradioError;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A conversation as the {@code messages} of a chat-completions request.
 *
 * <ul>
 *   <li>Thoughts and tool calls (messages with {@link ChatMessage#metadata() metadata}) are left
 *       out: they are shown to the user, not part of what the model said.</li>
 *   <li>Text parts are joined as {@link ChatMessage#text()} joins them.</li>
 *   <li>Images (PNG, JPEG, GIF, WebP, by file extension) of user messages are sent inline as
 *       {@code image_url} parts with base64 {@code data:} URLs; the message then takes OpenAI's
 *       array form. Text files (.txt, .md, .csv, .json...) are put into the text, up to
 *       {@value #TEXT_LIMIT} characters each, as Gradio's {@code load_chat} does; other files,
 *       which the API has no place for, are named.</li>
 * </ul>
 */
final class Messages {
    /** The image types vision models accept, by extension. */
    private static final Map<String, String> IMAGE_TYPES = Map.of(
            "png", "image/png", "jpg", "image/jpeg", "jpeg", "image/jpeg", "gif", "image/gif", "webp", "image/webp");

    /** The text files whose content goes to the model, by extension. */
    private static final Set<String> TEXT_TYPES = Set.of(
            "txt", "md", "csv", "tsv", "json", "xml", "html", "htm", "log", "yaml", "yml", "py", "java", "js", "ts");
    /** At most this many characters of one text file go to the model. */
    static final int TEXT_LIMIT = 50_000;

    private Messages() {}

    /** The request's messages: the system prompt, if any, then the conversation. */
    static List<Map<String, Object>> of(String systemPrompt, List<ChatMessage> conversation) {
        List<Map<String, Object>> messages = new ArrayList<>();
        if (systemPrompt != null) {
            messages.add(message("system", systemPrompt));
        }
        for (ChatMessage message : conversation) {
            if (message.metadata() == null) {
                messages.add(message(message));
            }
        }
        return messages;
    }

    private static Map<String, Object> message(ChatMessage message) {
        StringBuilder text = new StringBuilder(message.text());
        List<Map<String, Object>> images = new ArrayList<>();
        for (Path file : message.files()) {
            String type = message.role().equals("user") ? IMAGE_TYPES.get(extension(file)) : null;
            if (type != null) {
                images.add(Map.of("type", "image_url", "image_url", Map.of("url", dataUrl(file, type))));
            } else {
                text.append(text.isEmpty() ? "" : "\n").append("[Attached file: ").append(file.getFileName()).append(']');
                if (TEXT_TYPES.contains(extension(file))) {
                    text.append('\n').append(textOf(file));
                }
            }
        }
        if (images.isEmpty()) {
            return message(message.role(), text.toString());
        }
        List<Map<String, Object>> parts = new ArrayList<>();
        if (!text.isEmpty()) {
            parts.add(Map.of("type", "text", "text", text.toString()));
        }
        parts.addAll(images);
        return message(message.role(), parts);
    }

    private static Map<String, Object> message(String role, Object content) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("role", role);
        message.put("content", content);
        return message;
    }

    private static String dataUrl(Path file, String type) {
        try {
            return "data:" + type + ";base64," + Base64.getEncoder().encodeToString(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new GradioError("Cannot read the image " + file.getFileName() + " to send it to the model: " + e);
        }
    }

    private static String textOf(Path file) {
        try {
            String content = Files.readString(file);
            return content.length() <= TEXT_LIMIT ? content
                    : content.substring(0, TEXT_LIMIT) + "\n[... the rest of " + file.getFileName() + " is left out]";
        } catch (IOException | UncheckedIOException e) {
            throw new GradioError("Cannot read the text file " + file.getFileName() + " to send it to the model: " + e.getMessage());
        }
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
