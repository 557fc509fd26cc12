package dev.gradio4j.examples.parity;

import dev.gradio4j.Blocks;
import dev.gradio4j.Button;
import dev.gradio4j.Gr;
import dev.gradio4j.Outputs;
import dev.gradio4j.Row;
import dev.gradio4j.State;

/** Modelled on Gradio's state demos (a per-session counter in {@code gr.State}); twin {@code parity/apps/state_counter.py}. */
public final class StateCounter {
    private StateCounter() {}

    record Count(Integer count, Double shown) {}

    static Count increment(Integer count) {
        return new Count(count + 1, (double) (count + 1));
    }

    static Count reset() {
        return new Count(0, 0.0);
    }

    public static Blocks app() {
        State<Integer> count = State.of(0);
        var shown = Gr.number().label("clicks").value(0.0);
        var more = Button.of("One more");
        var zero = Button.of("Start over");
        more.click(StateCounter::increment, count, Outputs.of(count, shown));
        zero.click(StateCounter::reset, Outputs.of(count, shown));
        return Blocks.of(count, shown, Row.of(more, zero));
    }

    public static void main(String[] args) {
        app().launch();
    }
}
