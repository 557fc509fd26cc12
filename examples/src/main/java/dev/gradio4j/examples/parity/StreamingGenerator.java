package dev.gradio4j.examples.parity;

import dev.gradio4j.Blocks;
import dev.gradio4j.Button;
import dev.gradio4j.Generator;
import dev.gradio4j.Gr;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Modelled on Gradio's {@code fake_gan} demo (a generator, without the waiting): a stream into a Textbox; twin {@code parity/apps/streaming_generator.py}. */
public final class StreamingGenerator {
    private StreamingGenerator() {}

    static Stream<String> countdown(Double start) {
        return Generator.emit(emit -> {
            List<String> numbers = new ArrayList<>();
            for (int n = start.intValue(); n >= 0; n--) {
                numbers.add(String.valueOf(n));
                emit.accept(String.join(" ", numbers));
            }
            emit.accept(String.join(" ", numbers) + " liftoff");
        });
    }

    public static Blocks app() {
        var start = Gr.number().label("start from").value(3.0).precision(0);
        var go = Button.of("Count down");
        var shown = Gr.textbox().label("countdown");
        go.click(StreamingGenerator::countdown, start, shown.streaming());
        return Blocks.of(start, go, shown);
    }

    public static void main(String[] args) {
        app().launch();
    }
}
