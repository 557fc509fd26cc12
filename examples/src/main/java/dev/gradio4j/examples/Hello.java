package dev.gradio4j.examples;

import dev.gradio4j.Gr;
import dev.gradio4j.Interface;

/** The smallest app: a name in, a greeting out. Run with {@code examples/run hello}. */
public final class Hello {
    private Hello() {}

    static String greet(String name) {
        return "Hello, " + name + "!";
    }

    /** Builds the app (tests launch it on their own port). */
    public static Interface app() {
        return Interface.of(Hello::greet, Gr.textbox().label("name"), Gr.textbox().label("greeting"))
                .title("Hello")
                .examples("World", "gradio4j");
    }

    public static void main(String[] args) {
        app().launch();
    }
}
