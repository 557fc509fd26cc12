package dev.gradio4j.examples;

import dev.gradio4j.ChatInterface;
import dev.gradio4j.ChatMessage;
import dev.gradio4j.GradioError;
import dev.gradio4j.MultimodalValue;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/**
 * An agent that looks at pictures, showing its tool calls as thoughts: attach an image and ask
 * about it; it measures the image and finds its main colour (each step a collapsible thought that
 * spins while it runs), then streams its answer. A follow-up question uses the image attached
 * earlier. Retry, Undo and editing a message work as in any ChatInterface. Run with
 * {@code examples/run agent}.
 */
public final class AgentChat {
    private static final long STEP_MILLIS = 150;

    private AgentChat() {}

    static Stream<List<ChatMessage>> respond(MultimodalValue message, List<ChatMessage> history) {
        Path image = latestImage(message, history);
        if (image == null) {
            return Stream.of(List.of(ChatMessage.assistant("Attach a picture (the paperclip, a drop, or a paste) and I will look at it.")));
        }
        String name = image.getFileName().toString();
        BufferedImage picture = read(image);
        String size = picture.getWidth() + "×" + picture.getHeight() + " pixels";
        String colour = mainColour(picture);
        String answer = "**" + name + "** is " + size + ", and its main colour is " + colour + "."
                + (message.text().isBlank() ? "" : " You asked: *" + message.text().strip() + "*.");

        List<List<ChatMessage>> steps = new ArrayList<>();
        ChatMessage measuring = thought("Measuring the image", "pending", null, null);
        steps.add(List.of(measuring));
        ChatMessage measured = thought("Measuring the image", "done", 0.15, size);
        ChatMessage colouring = thought("Finding the main colour", "pending", null, null);
        steps.add(List.of(measured, colouring));
        ChatMessage coloured = thought("Finding the main colour", "done", 0.15, colour);
        String[] words = answer.split(" ");
        for (int n = 1; n <= words.length; n++) {
            steps.add(List.of(measured, coloured, ChatMessage.assistant(String.join(" ", List.of(words).subList(0, n)))));
        }
        return steps.stream().peek(step -> pause());
    }

    private static ChatMessage thought(String title, String status, Double seconds, String log) {
        return ChatMessage.assistant(log == null ? "" : "Result: " + log)
                .withMetadata(new ChatMessage.Metadata(title, null, null, log, seconds, status));
    }

    /** The image of this message, else the last one attached earlier in the conversation. */
    static Path latestImage(MultimodalValue message, List<ChatMessage> history) {
        for (Path file : message.files().reversed()) {
            if (isImage(file)) {
                return file;
            }
        }
        for (ChatMessage earlier : history.reversed()) {
            for (Path file : earlier.files().reversed()) {
                if (isImage(file)) {
                    return file;
                }
            }
        }
        return null;
    }

    private static boolean isImage(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).matches(".*\\.(png|jpe?g|gif|bmp|webp)");
    }

    private static BufferedImage read(Path image) {
        try {
            BufferedImage picture = ImageIO.read(image.toFile());
            if (picture == null) {
                throw new GradioError(image.getFileName() + " is not an image I can read (PNG, JPEG, GIF or BMP).");
            }
            return picture;
        } catch (IOException e) {
            throw new GradioError("Could not read " + image.getFileName() + ": " + e.getMessage());
        }
    }

    /** The average colour, by name, with its hex code. */
    static String mainColour(BufferedImage picture) {
        long red = 0;
        long green = 0;
        long blue = 0;
        int stepX = Math.max(1, picture.getWidth() / 64);
        int stepY = Math.max(1, picture.getHeight() / 64);
        int count = 0;
        for (int y = 0; y < picture.getHeight(); y += stepY) {
            for (int x = 0; x < picture.getWidth(); x += stepX) {
                int rgb = picture.getRGB(x, y);
                red += (rgb >> 16) & 0xFF;
                green += (rgb >> 8) & 0xFF;
                blue += rgb & 0xFF;
                count++;
            }
        }
        int r = (int) (red / count);
        int g = (int) (green / count);
        int b = (int) (blue / count);
        return colourName(r, g, b) + String.format(" (#%02x%02x%02x)", r, g, b);
    }

    private static String colourName(int r, int g, int b) {
        int max = Math.max(r, Math.max(g, b));
        int min = Math.min(r, Math.min(g, b));
        if (max - min < 24) {
            return max > 200 ? "white" : max < 55 ? "black" : "grey";
        }
        if (r == max) {
            return g > b + 40 ? (g > r * 0.75 ? "yellow" : "orange") : b > g + 40 ? "purple" : "red";
        }
        return g == max ? (b > r + 40 ? "teal" : "green") : (r > g + 40 ? "violet" : "blue");
    }

    private static void pause() {
        try {
            Thread.sleep(STEP_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("stopped", e);
        }
    }

    /** Builds the app (tests launch it on their own port). */
    public static ChatInterface app() {
        return ChatInterface.multimodal(AgentChat::respond)
                .fileTypes("image")
                .editable(true)
                .title("Picture agent")
                .description("Attach a picture and ask about it: the agent's tool calls show as thoughts you can open.")
                .placeholder("Attach an image (📎, drop or paste) and ask a question.");
    }

    public static void main(String[] args) {
        app().launch();
    }
}
