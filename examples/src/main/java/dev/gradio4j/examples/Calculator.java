package dev.gradio4j.examples;

import dev.gradio4j.Blocks;
import dev.gradio4j.Button;
import dev.gradio4j.ButtonVariant;
import dev.gradio4j.Examples;
import dev.gradio4j.Gr;
import dev.gradio4j.GradioError;
import dev.gradio4j.Markdown;
import dev.gradio4j.Radio;
import dev.gradio4j.Row;
import java.util.List;

/** A Blocks app: two numbers, an operation, typed events. Run with {@code examples/run calculator}. */
public final class Calculator {
    private Calculator() {}

    static Double calculate(Double a, String operation, Double b) {
        if (a == null || b == null || operation == null) {
            throw new GradioError("Enter two numbers and pick an operation.");
        }
        return switch (operation) {
            case "+" -> a + b;
            case "-" -> a - b;
            case "*" -> a * b;
            case "/" -> {
                if (b == 0) {
                    throw new GradioError("Cannot divide by zero.");
                }
                yield a / b;
            }
            default -> throw new GradioError("Unknown operation " + operation);
        };
    }

    /** Builds the app (tests launch or mount it on their own). */
    public static Blocks app() {
        var a = Gr.number().label("a");
        var operation = Radio.of("+", "-", "*", "/").label("operation").value("+");
        var b = Gr.number().label("b");
        var result = Gr.number().label("result");
        var go = Button.of("Calculate").variant(ButtonVariant.PRIMARY);

        go.click(Calculator::calculate, a, operation, b, result);

        return Blocks.of(
                Markdown.of("# Calculator"),
                Row.of(a, operation, b),
                go,
                result,
                Examples.of(List.of(a, operation, b), List.of(List.of(3.0, "+", 4.0), List.of(10.0, "/", 4.0))))
                .title("Calculator");
    }

    public static void main(String[] args) {
        app().launch();
    }
}
