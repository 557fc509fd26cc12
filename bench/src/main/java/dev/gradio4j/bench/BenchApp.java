package dev.gradio4j.bench;

import dev.gradio4j.Blocks;
import dev.gradio4j.Button;
import dev.gradio4j.Gr;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The measured app: the same two endpoints as the Gradio app of the anchor figures, on default
 * settings (queue on, concurrency limit 1 per event).
 */
public final class BenchApp {
    private BenchApp() {}

    static String echo(String text) {
        return text;
    }

    /** Each growing prefix of the text: n characters give n updates of one character each. */
    static Stream<String> stream(String text) {
        return IntStream.rangeClosed(1, text.length()).mapToObj(n -> text.substring(0, n));
    }

    public static void main(String[] args) {
        var text = Gr.textbox().label("text");
        var out = Gr.textbox().label("output");
        var echo = Button.of("echo");
        var stream = Button.of("stream");
        echo.click(BenchApp::echo, text, out);
        stream.click(BenchApp::stream, text, out.streaming());
        Blocks.of(text, out, echo, stream).title("gradio4j bench").launch();
    }
}
