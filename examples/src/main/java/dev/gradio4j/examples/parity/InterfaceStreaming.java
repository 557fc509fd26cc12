package dev.gradio4j.examples.parity;

import dev.gradio4j.Blocks;
import dev.gradio4j.Generator;
import dev.gradio4j.Gr;
import dev.gradio4j.Interface;
import java.util.StringJoiner;
import java.util.stream.Stream;

/**
 * An Interface around a streaming function: its Stop button shows, in Submit's place, while a run
 * streams; twin {@code parity/apps/interface_streaming.py}.
 */
public final class InterfaceStreaming {
    private InterfaceStreaming() {}

    /** "1", "1 2", ... up to {@code to}, a step every 0.2 s: slow enough to be stopped by hand. */
    static Stream<String> count(Double to) {
        return Generator.emit(emit -> {
            StringJoiner counted = new StringJoiner(" ");
            for (int n = 1; n <= to.intValue(); n++) {
                Thread.sleep(200);
                counted.add(String.valueOf(n));
                emit.accept(counted.toString());
            }
        });
    }

    public static Blocks app() {
        return Interface.of(InterfaceStreaming::count, Gr.number().label("to").value(3.0).precision(0),
                Gr.textbox().label("counted").streaming()).toBlocks();
    }

    public static void main(String[] args) {
        app().launch();
    }
}
