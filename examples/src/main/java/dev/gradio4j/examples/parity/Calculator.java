package dev.gradio4j.examples.parity;

import dev.gradio4j.Blocks;
import dev.gradio4j.FlaggingMode;
import dev.gradio4j.Gr;
import dev.gradio4j.GradioError;
import dev.gradio4j.Interface;
import dev.gradio4j.Radio;
import java.util.List;

/** Modelled on Gradio's {@code calculator} demo: an Interface with a radio and examples; twin {@code parity/apps/calculator.py}. */
public final class Calculator {
    private Calculator() {}

    static Double calculate(Double first, String operation, Double second) {
        return switch (operation) {
            case "add" -> first + second;
            case "subtract" -> first - second;
            case "multiply" -> first * second;
            default -> {
                if (second == 0) {
                    throw new GradioError("The second number must not be zero when dividing.");
                }
                yield first / second;
            }
        };
    }

    public static Blocks app() {
        return Interface.of(Calculator::calculate,
                        Gr.number().label("first"),
                        Radio.of("add", "subtract", "multiply", "divide").label("operation"),
                        Gr.number().label("second"),
                        Gr.number().label("result"))
                .examples(List.of(List.of(6, "add", 7), List.of(9, "divide", 4), List.of(3, "multiply", 5)))
                .title("Pocket arithmetic")
                .description("Pick two numbers and what to do with them.")
                .flaggingMode(FlaggingMode.NEVER).toBlocks();
    }

    public static void main(String[] args) {
        app().launch();
    }
}
