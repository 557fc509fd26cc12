package dev.gradio4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code app.call("/endpoint", args)}: an app's endpoint called as a Java function, without HTTP
 * (no server is started here), as Gradio's {@code demo(...)}.
 */
@Timeout(30)
class AppCallTest {

    static String greet(String name) {
        return "Hello, " + name + "!";
    }

    static Stream<String> countdown(Double from) {
        return Stream.iterate(from.intValue(), n -> n >= 0, n -> n - 1).map(String::valueOf);
    }

    @Test
    void oneOutputGivesItsValueAndSeveralGiveAList() {
        var a = Gr.number();
        var b = Gr.number();
        var sum = Gr.number();
        var text = Gr.textbox();
        var head = Gr.textbox();
        var tail = Gr.textbox();
        var add = Button.of("Add");
        var split = Button.of("Split");
        var nothing = Button.of("Nothing");
        add.click((x, y) -> x + y, a, b, sum).apiName("add");
        split.click(s -> List.of(s.substring(0, 1), s.substring(1)), text, Outputs.of(head, tail)).apiName("split");
        nothing.click(s -> { }, text).apiName("nothing");
        var app = Blocks.of(a, b, sum, text, head, tail, add, split, nothing);

        assertThat(app.call("/add", 2, 3)).isEqualTo(5.0);            // an Integer is a number for a Number
        assertThat(app.call("add", 2.5, 0.5)).isEqualTo(3.0);         // the slash may be left out
        assertThat(app.call("/split", "abc")).isEqualTo(List.of("a", "bc"));
        assertThat(app.call("/nothing", "x")).isNull();
    }

    @Test
    void anUnknownEndpointIsNamedWithTheKnownOnes() {
        var box = Gr.textbox();
        var go = Button.of("Go");
        var again = Button.of("Again");
        go.click(AppCallTest::greet, box, box);
        again.click(AppCallTest::greet, box, box).apiName("again");
        var app = Blocks.of(box, go, again);
        assertThatThrownBy(() -> app.call("/predict", "x")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The app has no endpoint /predict; its endpoints: /greet, /again");
    }

    @Test
    void wrongArgumentsSayWhatIsWrong() {
        var a = Gr.number().label("a");
        var b = Gr.number().label("b");
        var add = Button.of("Add");
        add.click((x, y) -> x + y, a, b, a).apiName("add");
        var app = Blocks.of(a, b, add);
        assertThatThrownBy(() -> app.call("/add", 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("/add takes 2 arguments (Number 'a', Number 'b'), not 1: [1]");
        assertThatThrownBy(() -> app.call("/add", 1, "two")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("/add: argument 2 (Number 'b') cannot be a java.lang.String");
    }

    @Test
    void aStateStartsAfreshAtEachCallAndIsNeitherPassedNorAnswered() {
        var count = State.of(10);
        var shown = Gr.textbox();
        var go = Button.of("Count");
        go.click(n -> new Object[] {n + 1, "count " + (n + 1)}, count, Outputs.of(count, shown)).apiName("count");
        var app = Blocks.of(shown, go);
        assertThat(app.call("/count")).isEqualTo("count 11");
        assertThat(app.call("/count")).isEqualTo("count 11");
    }

    @Test
    void aStreamingHandlerAnswersItsLastValue() {
        var from = Gr.number();
        var out = Gr.textbox();
        var go = Button.of("Go");
        go.click(AppCallTest::countdown, from, out.streaming());
        assertThat(Blocks.of(from, out, go).call("/countdown", 3)).isEqualTo("0");
    }

    @Test
    void aHandlersErrorComesOutAsItIs() {
        var box = Gr.textbox();
        var go = Button.of("Go");
        go.click(s -> {
            throw Gr.error("No " + s + " here.");
        }, box, box).apiName("fail");
        assertThatThrownBy(() -> Blocks.of(box, go).call("/fail", "cats")).isInstanceOf(GradioError.class).hasMessage("No cats here.");
    }

    @Test
    void aFileInputTakesTheHandlersValueAndAFileOutputAnswersIt(@TempDir Path dir) throws IOException {
        Path notes = Files.writeString(dir.resolve("notes.txt"), "notes");
        var in = Gr.file();
        var out = Gr.file();
        var copying = Button.of("Copy");
        copying.click(p -> Files.copy(p, dir.resolve("copy.txt")), in, out).apiName("copy");
        Object copy = Blocks.of(in, out, copying).call("/copy", notes);
        assertThat(copy).isEqualTo(dir.resolve("copy.txt"));
        assertThat(Files.readString((Path) copy)).isEqualTo("notes");
    }

    @Test
    void anInjectedRequestIsOneOfNoBrowser() {
        var box = Gr.textbox();
        var who = Button.of("Who");
        who.click((s, request) -> request.clientHost() + " " + request.sessionHash().startsWith("call-"),
                box, Gr.request(), box).apiName("who");
        assertThat(Blocks.of(box, who).call("/who", "x")).isEqualTo("java true");
    }

    @Test
    void anInterfaceIsCalledByItsFunctionsNameAndCallingChangesNothing() {
        var app = Interface.of(AppCallTest::greet, "text", "text");
        assertThat(app.call("/greet", "Ada")).isEqualTo("Hello, Ada!");
        assertThat(app.call("/greet", "Bo")).isEqualTo("Hello, Bo!");
        var named = Interface.of(AppCallTest::greet, "text", "text").apiName("hello");
        assertThat(named.call("/hello", "Cy")).isEqualTo("Hello, Cy!");
        // calls wire nothing on the app: served afterwards, it has its one endpoint
        try (Server server = app.launch(Launch.options().port(0).quiet(true))) {
            assertThat(new WireClient(server).config().get("dependencies").toString()).containsOnlyOnce("api_name=greet");
        }
    }

    @Test
    void aChatInterfaceAnswersItsReply() {
        var chat = ChatInterface.of((String message, List<ChatMessage> history) -> "You said " + message + " after " + history.size())
                .apiName("chat");
        assertThat(chat.call("/chat", "hi")).isEqualTo("You said hi after 0");
        assertThat(chat.call("/chat", "again")).isEqualTo("You said again after 0");   // each call a conversation of its own
    }
}
