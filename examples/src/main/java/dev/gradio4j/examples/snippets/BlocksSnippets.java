package dev.gradio4j.examples.snippets;

import dev.gradio4j.Blocks;
import dev.gradio4j.Button;
import dev.gradio4j.ButtonVariant;
import dev.gradio4j.CacheMode;
import dev.gradio4j.Examples;
import dev.gradio4j.Gr;
import dev.gradio4j.GradioError;
import dev.gradio4j.Markdown;
import dev.gradio4j.Radio;
import dev.gradio4j.Row;
import dev.gradio4j.Tab;
import dev.gradio4j.Tabs;
import java.util.List;

/**
 * The examples in the Javadoc of {@code Blocks}, {@code Button}, {@code Dependency},
 * {@code Examples}, {@code Tabs} and {@code Gr}: composing an app and wiring its events. Each
 * method builds an app without launching it; a test launches them.
 */
public final class BlocksSnippets {
    private BlocksSnippets() {}

    /** The calculator's function. */
    static final class Calculator {
        private Calculator() {}

        static Double calculate(Double a, String operation, Double b) {
            if (a == null || b == null) {
                throw new GradioError("Enter two numbers.");
            }
            return switch (operation) {
                case "+" -> a + b;
                case "-" -> a - b;
                case "*" -> a * b;
                default -> a / b;
            };
        }
    }

    /** Keeps a text of the results. */
    static final class History {
        private History() {}

        static String record(Double result, String history) {
            return history + result + "\n";   // one line per result
        }
    }

    /** The adder of {@code Blocks}: two numbers, a button, their sum, and the API {@code /add}. */
    public static Blocks adder() {
        // @start region="blocks"
        var a = Gr.number().label("a");
        var b = Gr.number().label("b");
        var sum = Gr.number().label("a + b");
        var add = Button.of("Add").variant(ButtonVariant.PRIMARY);
        add.click((x, y) -> x + y, a, b, sum).apiName("add");

        var app = Blocks.of(Markdown.of("# Adder"), Row.of(a, b), add, sum).title("Adder");
        // @end
        return app;
    }

    /** A calculator ({@code /calculate}) with clickable examples. */
    public static Blocks calculator() {
        var a = Gr.number().label("a");
        var op = Radio.of("+", "-", "*", "/").value("+").label("Operation");
        var b = Gr.number().label("b");
        var result = Gr.number().label("Result");
        // @start region="button"
        var go = Button.of("Calculate").variant(ButtonVariant.PRIMARY);
        go.click(Calculator::calculate, a, op, b, result);   // calculate(Double, String, Double) -> Double
        // @end
        // @start region="examples"
        var examples = Examples.of(List.of(a, op, b), List.of(List.of(1.0, "+", 2.0), List.of(3.0, "*", 4.0)));
        var app = Blocks.of(Row.of(a, op, b), go, result, examples);
        // @end
        return app;
    }

    /** Pig Latin examples whose outputs are cached at start-up: a click shows them without running {@code translate}. */
    public static Blocks cachedExamples() {
        var word = Gr.textbox().label("word");
        var translated = Gr.textbox().label("pig latin");
        // @start region="cachedExamples"
        var examples = Examples.of(BlocksSnippets::pigLatin, word, translated, List.of("string", "apple"))
                .cache(CacheMode.EAGER)              // or LAZY: each on its first click
                .sampleLabels("a consonant", "a vowel");
        var app = Blocks.of(word, translated, examples);
        // @end
        return app;
    }

    static String pigLatin(String word) {
        return "aeiou".indexOf(word.charAt(0)) >= 0 ? word + "way" : word.substring(1) + word.charAt(0) + "ay";
    }

    /** A calculator whose results are recorded by a follow-up event ({@code /calculate}, then {@code /record}). */
    public static Blocks recordingCalculator() {
        var a = Gr.number().label("a");
        var op = Radio.of("+", "-", "*", "/").value("+").label("Operation");
        var b = Gr.number().label("b");
        var result = Gr.number().label("Result");
        var history = Gr.textbox().label("History").value("");
        var go = Button.of("Calculate");
        // @start region="dependency"
        go.click(Calculator::calculate, a, op, b, result)
          .apiName("calculate")
          .concurrencyLimit(4)
          .then(History::record, result, history, history);   // record(Double, String) -> String
        // @end
        return Blocks.of(Row.of(a, op, b), go, result, history);
    }

    /** Two tabs: text ({@code /shout}) and an image. */
    public static Blocks tabs() {
        var text = Gr.textbox().label("Text");
        var shout = Button.of("Shout");
        var loud = Gr.textbox().label("Loud");
        shout.click(t -> t.toUpperCase(), text, loud).apiName("shout");
        var image = Gr.image().label("Image");
        // @start region="tabs"
        var tabs = Tabs.of(Tab.of("Text", text, shout, loud), Tab.of("Image", image));
        // @end
        return Blocks.of(tabs);
    }

    /** Components made with {@code Gr}, and a handler given the request ({@code /lambda}). */
    public static Blocks shortcuts() {
        // @start region="gr"
        var a = Gr.number().label("a");          // not java.lang.Number
        var upload = Gr.file();                  // not java.io.File
        var button = Gr.button("Where from?");
        var out = Gr.textbox().label("From");
        button.click((x, request) -> x + " from " + request.clientHost(), a, Gr.request(), out);
        // @end
        return Blocks.of(a, upload, button, out);
    }
}
