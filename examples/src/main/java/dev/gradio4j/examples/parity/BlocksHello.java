package dev.gradio4j.examples.parity;

import dev.gradio4j.Blocks;
import dev.gradio4j.Gr;
import dev.gradio4j.Markdown;

/** Modelled on Gradio's {@code blocks_hello} demo: a change event into Markdown; twin {@code parity/apps/blocks_hello.py}. */
public final class BlocksHello {
    private BlocksHello() {}

    static String hello(String name) {
        return name.isEmpty() ? "*Type your name above.*" : "**Nice to meet you, " + name + "!**";
    }

    public static Blocks app() {
        var name = Gr.textbox().label("name").placeholder("your name");
        var greeting = Markdown.create();
        name.change(BlocksHello::hello, name, greeting);
        return Blocks.of(Markdown.of("# Say hello\nType a name and watch the greeting follow."), name, greeting);
    }

    public static void main(String[] args) {
        app().launch();
    }
}
