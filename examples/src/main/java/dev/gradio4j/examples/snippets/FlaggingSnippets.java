package dev.gradio4j.examples.snippets;

import dev.gradio4j.ChatCsvLogger;
import dev.gradio4j.ChatInterface;
import dev.gradio4j.ChatMessage;
import dev.gradio4j.Chatbot;
import dev.gradio4j.Component;
import dev.gradio4j.FlaggedValue;
import dev.gradio4j.FlaggingCallback;
import dev.gradio4j.FlaggingMode;
import dev.gradio4j.Gr;
import dev.gradio4j.Interface;
import dev.gradio4j.JdbcLogger;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/** The examples in the Javadoc of {@code Interface}'s flagging, {@code FlaggingCallback} and {@code JdbcLogger}. */
public final class FlaggingSnippets {
    private FlaggingSnippets() {}

    /** A callback that prints each flag: the seam {@code CsvLogger} and {@code JdbcLogger} fill. */
    static final class PrintingCallback implements FlaggingCallback {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public void setup(List<Component<?, ?>> components, Path flaggingDir) {
            System.out.println("flagging " + components.size() + " values");
        }

        @Override
        public int flag(List<FlaggedValue> values, @Nullable String option, @Nullable String username) {
            System.out.println(option + " by " + username + ": " + values.stream().map(FlaggedValue::payload).toList());
            return count.incrementAndGet();
        }
    }

    /** A text classifier with flagging options; nobody launches it, it only has to compile. */
    public static Interface withOptions() {
        // @start region="options"
        var app = Interface.of((String review) -> review.contains("good") ? "positive" : "negative", "text", "text")
                .flaggingOptions("incorrect", "offensive")        // buttons "Flag as incorrect", "Flag as offensive"
                .flaggingDir(Path.of("flags"));                    // default .gradio/flagged
        Interface.of((String text) -> text.toUpperCase(), "text", "text").flaggingMode(FlaggingMode.AUTO);
        // @end
        return app;
    }

    /** An app whose flags go to a callback of one's own. */
    public static Interface withCallback() {
        // @start region="callback"
        var app = Interface.of((String text) -> text.strip(), "text", "text")
                .flaggingCallback(new PrintingCallback());
        // @end
        return app;
    }

    /** An app whose flags go into a database table. */
    public static Interface withDatabase(String jdbcUrl) {
        // @start region="jdbc"
        var app = Interface.of((String text) -> (double) text.length(), Gr.textbox(), Gr.number())
                .flaggingCallback(JdbcLogger.of(jdbcUrl, "flags"));   // e.g. "jdbc:h2:./flags", "jdbc:sqlite:flags.db"
        // @end
        return app;
    }

    /** A chat whose ratings are logged, and a Blocks app that logs its own Chatbot's. */
    public static void chats() {
        // @start region="chat"
        ChatInterface.of((String message, List<ChatMessage> history) -> "You said: " + message)
                .flaggingMode(FlaggingMode.MANUAL);                           // thumbs up/down into .gradio/flagged/log.csv
        var chatbot = Chatbot.create();
        ChatCsvLogger.in(Path.of("ratings")).logLikesOf(chatbot);
        // @end
    }
}
