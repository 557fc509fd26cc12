package dev.gradio4j.examples.parity;

import dev.gradio4j.Blocks;
import dev.gradio4j.Button;
import dev.gradio4j.Gr;
import dev.gradio4j.Outputs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Modelled on Gradio's file demos: a file in, a summary and a new file out; twin {@code parity/apps/file_io.py}. */
public final class FileIo {
    private FileIo() {}

    record Numbered(String summary, Path numbered) {}

    static Numbered numberLines(Path document) throws IOException {
        List<String> lines = Files.readAllLines(document, StandardCharsets.UTF_8);
        Path target = Files.createTempDirectory("parity-lines").resolve("numbered_" + document.getFileName());
        var out = new StringBuilder();
        int words = 0;
        for (int n = 1; n <= lines.size(); n++) {
            String line = lines.get(n - 1);
            out.append(n).append(": ").append(line).append('\n');
            words += line.isBlank() ? 0 : line.trim().split("\\s+").length;
        }
        Files.writeString(target, out, StandardCharsets.UTF_8);
        return new Numbered(lines.size() + " lines, " + words + " words", target);
    }

    public static Blocks app() {
        var document = Gr.file().label("text file").fileTypes(".txt");
        var go = Button.of("Number the lines");
        var summary = Gr.textbox().label("summary");
        var numbered = Gr.file().label("numbered file");
        go.click(FileIo::numberLines, document, Outputs.of(summary, numbered)).apiName("number_lines");
        return Blocks.of(document, go, summary, numbered);
    }

    public static void main(String[] args) {
        app().launch();
    }
}
