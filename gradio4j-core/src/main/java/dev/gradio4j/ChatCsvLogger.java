package dev.gradio4j;

import dev.gradio4j.internal.app.PythonJson;
import dev.gradio4j.internal.app.RawPayload;
import dev.gradio4j.internal.flagging.CsvRows;
import dev.gradio4j.internal.flagging.CsvSafety;
import dev.gradio4j.internal.flagging.FlaggingFolders;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Logs a Chatbot's thumbs up and down with the conversation they were given in, Gradio's
 * {@code ChatCSVLogger}: rows of {@code log.csv} in the folder under the header
 * {@code conversation,index,value,flag,timestamp}, the conversation as JSON, the rated message's
 * position and content, and {@code Like} or {@code Dislike}. {@link ChatInterface#flaggingMode}
 * uses one; a Blocks app wires its own Chatbot:
 *
 * {@snippet class="dev.gradio4j.examples.snippets.FlaggingSnippets" region="chat"}
 */
public final class ChatCsvLogger {
    private static final List<String> HEADER = List.of("conversation", "index", "value", "flag", "timestamp");

    private final Path folder;

    private ChatCsvLogger(Path folder) {
        this.folder = folder;
    }

    /**
     * A logger into {@code folder} (made at the first rating).
     *
     * @throws IllegalStateException when the folder could not be written
     */
    public static ChatCsvLogger in(Path folder) {
        try {
            FlaggingFolders.checkWritable(folder);
        } catch (IOException e) {
            throw new IllegalStateException("Chat flagging cannot start: " + e.getMessage()
                    + " Give the logger a folder this process may write.", e);
        }
        return new ChatCsvLogger(folder);
    }

    /** Logs every rating of {@code chatbot}'s messages; answers the {@code like} listener. */
    public Dependency logLikesOf(Chatbot chatbot) {
        Dependency like = chatbot.like(args -> {
            LikeData rated = (LikeData) args.get(0);
            Object conversation = ((RawPayload) args.get(1)).payload();
            log(rated, conversation);
            return null;
        }, List.of(Gr.likeData(), chatbot), null).apiName("flag");
        like.preprocess = false;
        return like;
    }

    /** Writes one rating; the rows of several ratings at once stay whole. */
    synchronized void log(@Nullable LikeData rated, @Nullable Object conversation) {
        if (rated == null) {
            return;
        }
        // The page rates a group of messages at once, as Gradio's: one message is logged as itself.
        Object content = rated.value() instanceof List<?> parts && parts.size() == 1 ? parts.getFirst() : rated.value();
        List<String> row = List.of(PythonJson.json(conversation == null ? List.of() : conversation), String.valueOf(rated.index()),
                content instanceof String text ? text : PythonJson.json(content), rated.liked() ? "Like" : "Dislike",
                CsvLogger.timestamp(LocalDateTime.now()));
        Path log = folder.resolve("log.csv");
        try {
            Files.createDirectories(folder);
            boolean fresh = !Files.exists(log);
            String text = (fresh ? CsvRows.row(HEADER) : "") + CsvRows.row(row.stream().map(CsvSafety::field).toList());
            Files.writeString(log, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not log the rating into " + log.toAbsolutePath() + ": " + e.getMessage(), e);
        }
    }
}
