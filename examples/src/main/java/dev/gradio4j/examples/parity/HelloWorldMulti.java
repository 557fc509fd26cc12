package dev.gradio4j.examples.parity;

import dev.gradio4j.Blocks;
import dev.gradio4j.FlaggingMode;
import dev.gradio4j.Gr;
import dev.gradio4j.Interface;
import dev.gradio4j.Outputs;

/** Modelled on Gradio's {@code hello_world_3} demo: several inputs and outputs; twin {@code parity/apps/hello_world_multi.py}. */
public final class HelloWorldMulti {
    private HelloWorldMulti() {}

    record Welcome(String greeting, Double fahrenheit) {}

    static Welcome welcome(String name, Boolean morning, Double temperature) {
        String part = morning ? "morning" : "evening";
        String greeting = "Good " + part + ", " + name + ". It is " + temperature.intValue() + " degrees.";
        return new Welcome(greeting, temperature * 9 / 5 + 32);
    }

    public static Blocks app() {
        var greeting = Gr.textbox().label("greeting");
        var fahrenheit = Gr.number().label("fahrenheit");
        return Interface.of(HelloWorldMulti::welcome,
                        Gr.textbox().label("name"),
                        Gr.checkbox().label("morning"),
                        Gr.slider(0, 40).step(1).value(20.0).label("temperature"),
                        Outputs.of(greeting, fahrenheit))
                .flaggingMode(FlaggingMode.NEVER).toBlocks();
    }

    public static void main(String[] args) {
        app().launch();
    }
}
