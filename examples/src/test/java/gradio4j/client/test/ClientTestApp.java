package gradio4j.client.test;

import dev.gradio4j.ApiVisibility;
import dev.gradio4j.Blocks;
import dev.gradio4j.Button;
import dev.gradio4j.Gr;
import dev.gradio4j.GradioError;
import dev.gradio4j.Outputs;
import dev.gradio4j.Progress;
import dev.gradio4j.Row;
import dev.gradio4j.State;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The gradio4j app the client's tests call; {@code src/test/python/twin.py} is its twin on the
 * real Gradio (same endpoints, names, inputs and outputs), so that one set of scenarios checks
 * the client against both.
 */
final class ClientTestApp {
    private ClientTestApp() {}

    static String greet(String name, String punctuation) {
        return "Hello, " + name + punctuation;
    }

    static Double add(Double a, Double b) {
        return a + b;
    }

    static Stream<String> stream(String text) {
        return IntStream.rangeClosed(1, text.length()).mapToObj(end -> {
            pause(50);
            return text.substring(0, end);
        });
    }

    static String fail(String text) {
        throw new GradioError("bad input: " + text);
    }

    static Path upperFile(Path file) throws IOException {
        Path out = Files.createTempDirectory("client-test-upper").resolve("upper_" + file.getFileName());
        Files.writeString(out, Files.readString(file).toUpperCase(Locale.ROOT));
        return out;
    }

    record Count(Integer state, Double shown) {}

    static Count count(Integer total) {
        return new Count(total + 1, (double) (total + 1));
    }

    static String progress(Double steps, Progress progress) {
        int n = steps.intValue();
        Gr.info("counting to " + n);
        for (int i = 0; i < n; i++) {
            progress.update(i, n, "step " + (i + 1) + " of " + n);
            pause(250);
        }
        return "finished";
    }

    static String slow(Double seconds) {
        pause((long) (seconds * 1000));
        return "done";
    }

    static String reverse(String text) {
        return new StringBuilder(text).reverse().toString();
    }

    /** A batch handler: a list per input in, a list per output out; it tells the batch's size. */
    static List<List<?>> shout(List<Object> args) {
        pause(500);
        List<?> texts = (List<?>) args.getFirst();
        List<String> loud = texts.stream().map(text -> String.valueOf(text).toUpperCase(Locale.ROOT)).toList();
        return List.of(loud, Collections.nCopies(texts.size(), (double) texts.size()));
    }

    static String hidden(String text) {
        return "hidden " + text;
    }

    static String secret(String text) {
        return "secret " + text;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("cancelled", e);
        }
    }

    static Blocks app() {
        var name = Gr.textbox().label("name");
        var punctuation = Gr.textbox().value("!").label("punctuation");
        var greeting = Gr.textbox().label("greeting");
        var a = Gr.number().label("a");
        var b = Gr.number().label("b");
        var total = Gr.number().label("sum");
        var text = Gr.textbox().label("text");
        var out = Gr.textbox().label("output");
        var file = Gr.file().label("file");
        var upper = Gr.file().label("upper");
        State<Integer> state = State.of(0);
        var shown = Gr.number().label("count");
        var steps = Gr.number().label("steps");
        var seconds = Gr.number().label("seconds");
        var loud = Gr.textbox().label("loud");
        var size = Gr.number().label("batch size");
        var buttons = new Button[] {Button.of("greet"), Button.of("add"), Button.of("stream"), Button.of("fail"),
                Button.of("upper"), Button.of("count"), Button.of("progress"), Button.of("slow"), Button.of("reverse"),
                Button.of("shout"), Button.of("hidden"), Button.of("secret")};
        buttons[0].click(ClientTestApp::greet, name, punctuation, greeting);
        buttons[1].click(ClientTestApp::add, a, b, total);
        buttons[2].click(ClientTestApp::stream, text, out.streaming());
        buttons[3].click(ClientTestApp::fail, text, out);
        buttons[4].click(ClientTestApp::upperFile, file, upper).apiName("upper_file");
        buttons[5].click(ClientTestApp::count, state, Outputs.of(state, shown));
        buttons[6].click(ClientTestApp::progress, steps, Gr.progress(), out);
        buttons[7].click(ClientTestApp::slow, seconds, out).concurrencyLimit(1);
        buttons[8].click(ClientTestApp::reverse, text, out).queue(false);
        buttons[9].click(ClientTestApp::shout, List.of(text), Outputs.of(loud, size)).batch(4).concurrencyLimit(1);
        buttons[10].click(ClientTestApp::hidden, text, out).apiVisibility(ApiVisibility.UNDOCUMENTED);
        buttons[11].click(ClientTestApp::secret, text, out).apiVisibility(ApiVisibility.PRIVATE);
        return Blocks.of(name, punctuation, greeting, a, b, total, text, out, file, upper, shown, steps, seconds, loud, size,
                Row.of(buttons))
                .title("gradio4j client test app")
                .defaultConcurrencyLimit(null);
    }
}
