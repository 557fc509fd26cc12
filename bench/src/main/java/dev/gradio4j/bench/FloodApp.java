package dev.gradio4j.bench;

import dev.gradio4j.Blocks;
import dev.gradio4j.Button;
import dev.gradio4j.Gr;
import dev.gradio4j.Launch;
import dev.gradio4j.Outputs;
import dev.gradio4j.State;

/**
 * The app the flood benchmark attacks: {@code /big} answers a megabyte (results a flooder never
 * reads), {@code /count} keeps a counter in the session's State (the victim's), and uploads.
 */
public final class FloodApp {
    private FloodApp() {}

    static String big(String text) {
        return text + "x".repeat(1024 * 1024);
    }

    record Count(Integer state, Double shown) {}

    static Count count(Integer count) {
        return new Count(count + 1, (double) count + 1);
    }

    public static void main(String[] args) {
        var text = Gr.textbox();
        var out = Gr.textbox();
        State<Integer> count = State.of(0);
        var shown = Gr.number();
        var big = Button.of("big");
        var add = Button.of("count");
        big.click(FloodApp::big, text, out).concurrencyLimit(null);
        add.click(FloodApp::count, count, Outputs.of(count, shown)).concurrencyLimit(null);
        // Trusting the local proxy lets the benchmark's victim come from an address of its own.
        Blocks.of(text, out, shown, big, add).title("flood target").launch(Launch.options().trustedProxies("127.0.0.1"));
    }
}
