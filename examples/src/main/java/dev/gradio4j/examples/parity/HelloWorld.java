package dev.gradio4j.examples.parity;

import dev.gradio4j.Blocks;
import dev.gradio4j.FlaggingMode;
import dev.gradio4j.Interface;

/** Modelled on Gradio's {@code hello_world} demo: one text in, one text out; twin {@code parity/apps/hello_world.py}. */
public final class HelloWorld {
    private HelloWorld() {}

    static String greet(String name) {
        return "Welcome aboard, " + name + "!";
    }

    public static Blocks app() {
        return Interface.of(HelloWorld::greet, "text", "text").flaggingMode(FlaggingMode.NEVER).toBlocks();
    }

    public static void main(String[] args) {
        app().launch();
    }
}
