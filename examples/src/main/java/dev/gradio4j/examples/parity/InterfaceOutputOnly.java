package dev.gradio4j.examples.parity;

import dev.gradio4j.Blocks;
import dev.gradio4j.FlaggingMode;
import dev.gradio4j.Generator;
import dev.gradio4j.Gr;
import dev.gradio4j.Interface;
import java.util.List;
import java.util.stream.Stream;

/**
 * An Interface with no inputs, around a streaming function: Clear, Generate and a hidden Stop
 * under its output; twin {@code parity/apps/interface_output_only.py}.
 */
public final class InterfaceOutputOnly {
    private InterfaceOutputOnly() {}

    /** "3", "2", "1" and "Liftoff!", a step every 0.2 s. */
    static Stream<String> countdown() {
        return Generator.emit(emit -> {
            for (String left : List.of("3", "2", "1")) {
                emit.accept(left);
                Thread.sleep(200);
            }
            emit.accept("Liftoff!");
        });
    }

    public static Blocks app() {
        return Interface.of(InterfaceOutputOnly::countdown, Gr.textbox().label("launch").streaming())
                .flaggingMode(FlaggingMode.MANUAL)
                .toBlocks();
    }

    public static void main(String[] args) {
        app().launch();
    }
}
