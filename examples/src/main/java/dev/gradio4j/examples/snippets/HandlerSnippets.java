package dev.gradio4j.examples.snippets;

import dev.gradio4j.Blocks;
import dev.gradio4j.Button;
import dev.gradio4j.Generator;
import dev.gradio4j.Gr;
import dev.gradio4j.GradioError;
import dev.gradio4j.Outputs;
import dev.gradio4j.Progress;
import dev.gradio4j.State;
import dev.gradio4j.Update;
import dev.gradio4j.Updates;
import java.util.ArrayList;
import java.util.function.Consumer;

/**
 * The examples in the Javadoc of {@code State}, {@code Outputs}, {@code Update},
 * {@code Progress}, {@code Generator} and {@code GradioError}: what a handler takes and what it
 * returns. Each method builds a small app around one of them, without launching it; a test
 * launches them and runs their events.
 */
public final class HandlerSnippets {
    private HandlerSnippets() {}

    /** A stand-in for a language model's client, which calls back with each token of its answer. */
    static final class Llm {
        void generate(String prompt, Consumer<String> onToken) {
            for (String word : ("You said: " + prompt).split(" ")) {
                onToken.accept(word + " ");
            }
        }
    }

    static final Llm llm = new Llm();

    static void work() {
        Thread.onSpinWait();
    }

    static String shout(String text) {
        // @start region="error"
        if (text.isBlank()) throw new GradioError("Please type something first.");
        // @end
        return text.toUpperCase();
    }

    /** A click counter; the count is kept per session ({@code /lambda} adds one). */
    public static Blocks counter() {
        var button = Button.of("Count");
        // @start region="state"
        var count = State.of(0);
        button.click(n -> n + 1, count, count);
        var history = State.of(ArrayList<String>::new);   // a fresh list for each session
        // @end
        var item = Gr.textbox().label("Item");
        var remembered = Gr.textbox().label("Remembered");
        button.click(HandlerSnippets::remember, item, history, Outputs.of(history, remembered));
        return Blocks.of(button, item, remembered);
    }

    record Remembered(ArrayList<String> history, String shown) {}

    static Remembered remember(String item, ArrayList<String> history) {
        history.add(item);
        return new Remembered(history, String.join(", ", history));
    }

    /** A handler with two outputs, filled from a record ({@code /lambda}). */
    public static Blocks twoOutputs() {
        var button = Button.of("Go");
        var input = Gr.textbox().label("Input");
        var text = Gr.textbox().label("Text");
        var score = Gr.number().label("Score");
        // @start region="outputs"
        record Result(String text, Double score) {}
        button.click(in -> new Result(in.toUpperCase(), 1.0), input, Outputs.of(text, score));
        // @end
        return Blocks.of(input, button, text, score);
    }

    /** A handler that sets one output and shows another ({@code /reveal}). */
    public static Blocks reveal() {
        var button = Button.of("Reveal");
        var result = Gr.number().label("Result");
        var details = Gr.textbox().label("Hidden").visible(false);
        button.click(() -> {
            // @start region="update"
            return Updates.of()
                .set(result, 42.0)
                .update(details, Update.<String>of().visible(true).label("Details"));
            // @end
        }, Outputs.of(result, details)).apiName("reveal");
        return Blocks.of(button, result, details);
    }

    /** A slow handler that reports its progress ({@code /lambda}). */
    public static Blocks progress() {
        var button = Button.of("Work");
        var steps = Gr.number().label("Steps").value(3.0);
        var result = Gr.textbox().label("Result");
        // @start region="progress"
        button.click((Double n, Progress progress) -> {
            for (int i = 0; i < n; i++) {
                progress.update(i, n.intValue(), "working");
                work();
            }
            return "finished";
        }, steps, Gr.progress(), result);
        // @end
        return Blocks.of(steps, button, result);
    }

    /** A handler that streams the answer a callback produces ({@code /lambda}). */
    public static Blocks generator() {
        var button = Button.of("Ask");
        var prompt = Gr.textbox().label("Prompt");
        var answer = Gr.textbox().label("Answer");
        // @start region="generator"
        button.click(question -> Generator.emit(emit -> {
            var text = new StringBuilder();
            llm.generate(question, token -> emit.accept(text.append(token).toString()));   // the growing answer
        }), prompt, answer.streaming());
        // @end
        return Blocks.of(prompt, button, answer);
    }

    /** A handler that refuses a blank input ({@code /shout}). */
    public static Blocks shouter() {
        var input = Gr.textbox().label("Input");
        var loud = Gr.textbox().label("Loud");
        input.submit(HandlerSnippets::shout, input, loud);
        return Blocks.of(input, loud);
    }
}
