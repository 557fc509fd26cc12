package dev.gradio4j.examples.parity;

import dev.gradio4j.Blocks;
import dev.gradio4j.Button;
import dev.gradio4j.Gr;
import dev.gradio4j.GradioError;

/** Modelled on Gradio's {@code chained_events} demo: then, success and failure; twin {@code parity/apps/chained_events.py}. */
public final class ChainedEvents {
    private ChainedEvents() {}

    static Double parse(String number) {
        try {
            return Double.parseDouble(number.strip()) * 2;
        } catch (NumberFormatException e) {
            throw new GradioError("'" + number + "' is not a number.");
        }
    }

    static String attempted() {
        return "an attempt was made";
    }

    static String doubled(Double value) {
        return "doubled to " + value.longValue();
    }

    static String refused() {
        return "could not double that";
    }

    public static Blocks app() {
        var number = Gr.textbox().label("number");
        var go = Button.of("Double");
        var twice = Gr.number().label("double");
        var log = Gr.textbox().label("log");
        var outcome = Gr.textbox().label("outcome");
        var run = go.click(ChainedEvents::parse, number, twice);
        run.then(ChainedEvents::attempted, log);
        run.success(ChainedEvents::doubled, twice, outcome);
        run.failure(ChainedEvents::refused, outcome);
        return Blocks.of(number, go, twice, log, outcome);
    }

    public static void main(String[] args) {
        app().launch();
    }
}
