import dev.gradio4j.*;

/** The app the reload browser test edits while it runs. */
public class App {
    /** Built once per process: the test checks its identity survives every save. */
    static final Object KEPT = Reload.keep("reload-browser-test", Object::new);

    static String greet(String name) { return "Hello, " + name + "!"; }

    static String kept() { return Integer.toHexString(System.identityHashCode(KEPT)); }

    record Count(Integer state, Double shown) {}

    static Count count(Integer n) { return new Count(n + 1, n + 1.0); }

    public static void main(String[] args) {
        var name = Gr.textbox().label("name");
        var greeting = Gr.textbox().label("greeting");
        State<Integer> counter = State.of(0);
        var shown = Gr.number().label("count");
        var identity = Gr.textbox().label("kept");
        var greet = Button.of("Greet");
        greet.click(App::greet, name, greeting);
        var more = Button.of("More");
        more.click(App::count, counter, Outputs.of(counter, shown));
        var keptButton = Button.of("Kept");
        keptButton.click(App::kept, identity);
        // EXTRA
        Blocks.of(Markdown.of("# Version MARKER_ONE"), name, greeting, greet, shown, more, identity, keptButton).launch();
    }
}
