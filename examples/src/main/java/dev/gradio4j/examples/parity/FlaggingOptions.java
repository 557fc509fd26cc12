package dev.gradio4j.examples.parity;

import dev.gradio4j.Blocks;
import dev.gradio4j.FlaggingMode;
import dev.gradio4j.Gr;
import dev.gradio4j.Image;
import dev.gradio4j.Interface;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An Interface with manual flagging and two flagging options, each a button that logs the inputs
 * and outputs (modelled on Gradio's flagging guide); twin {@code parity/apps/flagging_options.py}.
 */
public final class FlaggingOptions {
    private FlaggingOptions() {}

    static String describe(String words, Path picture) {
        return (words == null ? 0 : words.length()) + " characters" + (picture != null ? ", with a picture" : "");
    }

    public static Blocks app() {
        return app(temporaryFolder());
    }

    /** The app, flagging into {@code folder}. */
    public static Blocks app(Path folder) {
        return Interface.of(FlaggingOptions::describe, Gr.textbox().label("words"),
                        Image.asPath().label("picture"), Gr.textbox().label("summary"))
                .flaggingMode(FlaggingMode.MANUAL)
                .flaggingOptions("incorrect", "other")
                .flaggingDir(folder)
                .toBlocks();
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("parity-flags-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void main(String[] args) {
        app().launch();
    }
}
