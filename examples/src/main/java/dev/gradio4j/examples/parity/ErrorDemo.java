package dev.gradio4j.examples.parity;

import dev.gradio4j.Blocks;
import dev.gradio4j.Button;
import dev.gradio4j.Gr;
import dev.gradio4j.GradioError;

/** Modelled on Gradio's error demos: {@code gr.Error} shown to the user; twin {@code parity/apps/error_demo.py}. */
public final class ErrorDemo {
    private ErrorDemo() {}

    static String checkAge(String age) {
        if (!age.strip().matches("[0-9]+")) {
            throw new GradioError("'" + age + "' is not a whole number of years.");
        }
        int years = Integer.parseInt(age.strip());
        if (years > 150) {
            throw new GradioError("Nobody is that old.", "Unlikely age", 10.0, true);
        }
        return "In ten years you will be " + (years + 10) + ".";
    }

    public static Blocks app() {
        var age = Gr.textbox().label("age");
        var go = Button.of("Check");
        var verdict = Gr.textbox().label("verdict");
        go.click(ErrorDemo::checkAge, age, verdict).apiName("check_age");
        return Blocks.of(age, go, verdict);
    }

    public static void main(String[] args) {
        app().launch();
    }
}
