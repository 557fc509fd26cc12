package dev.gradio4j.examples.snippets;

import dev.gradio4j.Blocks;
import dev.gradio4j.Button;
import dev.gradio4j.Gr;
import dev.gradio4j.Interface;
import dev.gradio4j.Launch;
import dev.gradio4j.Outputs;
import dev.gradio4j.Server;
import dev.gradio4j.client.ClientOptions;
import java.util.List;

/**
 * The examples in the Javadoc of {@code Blocks.call}, {@code Interface.call} and {@code Gr.load}:
 * an app called as a Java function, and another Gradio app loaded and served again. A test runs
 * them.
 */
public final class LoadSnippets {
    private LoadSnippets() {}

    /** Greets; the function of the interface below. */
    static String greet(String name) {
        return "Hello, " + name + "!";
    }

    /** An app's two endpoints called from Java: the answers of {@code /add}, then of {@code /split}. */
    public static List<Object> call() {
        // @start region="call"
        var a = Gr.number().label("a");
        var b = Gr.number().label("b");
        var sum = Gr.number().label("sum");
        var text = Gr.textbox();
        var head = Gr.textbox();
        var tail = Gr.textbox();
        var add = Button.of("Add");
        var split = Button.of("Split");
        add.click((x, y) -> x + y, a, b, sum).apiName("add");
        split.click(s -> List.of(s.substring(0, 1), s.substring(1)), text, Outputs.of(head, tail)).apiName("split");
        var app = Blocks.of(a, b, add, sum, text, split, head, tail);

        Object five = app.call("/add", 2, 3);          // 5.0: one output, one value
        Object parts = app.call("/split", "abc");      // [a, bc]: several outputs, a List
        // @end
        return List.of(five, parts);
    }

    /** An interface called as a function: {@code "Hello, Ada!"}. */
    public static Object interfaceCall() {
        // @start region="interfaceCall"
        var greeter = Interface.of(LoadSnippets::greet, "text", "text");
        String greeting = (String) greeter.call("/greet", "Ada");   // Hello, Ada!
        // @end
        return greeting;
    }

    /** Loads the app at {@code url} and serves it again on a free port, behind a login it passes on. */
    public static Server load(String url) {
        // @start region="load"
        Blocks mirror = Gr.load(url);                        // a URL, or a Space's name: "owner/name"
        Object reply = mirror.call("/greet", "Ada", "!", false);   // the remote app answers, through the client
        Server server = mirror.launch(Launch.options().port(0));
        // @end
        return server;
    }

    /** Loads an app behind a login. */
    public static Blocks loadWithLogin(String url) {
        // @start region="loadOptions"
        Blocks mirror = Gr.load(url, ClientOptions.defaults().withLogin("admin", "pass1234"));
        // @end
        return mirror;
    }
}
