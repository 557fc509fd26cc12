package dev.gradio4j.examples.parity;

import dev.gradio4j.Blocks;
import dev.gradio4j.Button;
import dev.gradio4j.Gr;
import dev.gradio4j.Progress;

/** Modelled on Gradio's {@code progress_simple} demo: progress reported by a handler; twin {@code parity/apps/progress_demo.py}. */
public final class ProgressDemo {
    private ProgressDemo() {}

    static String process(Double steps, Progress progress) {
        int n = steps.intValue();
        int total = 0;
        for (int i = 0; i < n; i++) {
            progress.update(i, n, "stage " + (i + 1));
            total += i + 1;
        }
        return n + " stages, checksum " + total;
    }

    public static Blocks app() {
        var steps = Gr.slider(1, 10).value(4.0).step(1).label("stages");
        var go = Button.of("Process");
        var report = Gr.textbox().label("report");
        go.click(ProgressDemo::process, steps, Gr.progress(), report);
        return Blocks.of(steps, go, report);
    }

    public static void main(String[] args) {
        app().launch();
    }
}
