package dev.gradio4j.examples.parity;

import dev.gradio4j.Blocks;
import dev.gradio4j.FlaggingMode;
import dev.gradio4j.Gr;
import dev.gradio4j.GradioError;
import dev.gradio4j.Interface;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An Interface with no outputs: a function that keeps what it is given and returns nothing, so no
 * output column and nothing to flag; twin {@code parity/apps/interface_input_only.py}.
 */
public final class InterfaceInputOnly {
    private InterfaceInputOnly() {}

    private static final List<String> SAVED = new CopyOnWriteArrayList<>();

    /** Keeps the note and says so in a toast; a blank note is an error. */
    static Void save(String note) {
        if (note.isBlank()) {
            throw new GradioError("Nothing to save");
        }
        SAVED.add(note);
        Gr.info("Saved: " + note);
        return null;
    }

    public static Blocks app() {
        return Interface.of(InterfaceInputOnly::save, Gr.textbox().label("note"), null)
                .submitLabel("Save")
                .flaggingMode(FlaggingMode.MANUAL)
                .toBlocks();
    }

    public static void main(String[] args) {
        app().launch();
    }
}
