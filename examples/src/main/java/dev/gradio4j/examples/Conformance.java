package dev.gradio4j.examples;

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
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The app the protocol tests drive with the official clients: one endpoint per protocol feature.
 * Run with {@code examples/run conformance}.
 */
public final class Conformance {
    private Conformance() {}

    static String echo(String text) {
        return text;
    }

    static Double add(Double a, Double b) {
        return a + b;
    }

    static Stream<String> stream(String text) {
        int[] ends = text.codePoints().map(Character::charCount).toArray();
        return IntStream.rangeClosed(1, ends.length).mapToObj(n -> text.substring(0, IntStream.of(ends).limit(n).sum()));
    }

    /** A stream that yields nothing: its output ends up empty (null), as Gradio's empty generator's. */
    static Stream<String> silent(String text) {
        return Stream.empty();
    }

    static String fail(String text) {
        throw new GradioError("bad input: " + text);
    }

    static Path upperFile(Path file) throws IOException {
        Path out = Files.createTempDirectory("gradio4j-upper").resolve("upper_" + file.getFileName());
        Files.writeString(out, Files.readString(file).toUpperCase(Locale.ROOT));
        return out;
    }

    record Count(Integer state, Double count) {}

    static Count counter(Integer count) {
        int next = count + 1;
        return new Count(next, (double) next);
    }

    static Map<String, Double> classify(String text) {
        long vowels = text.toLowerCase(Locale.ROOT).chars().filter(c -> "aeiou".indexOf(c) >= 0).count();
        double positive = (double) vowels / Math.max(1, text.length());
        Map<String, Double> scores = new LinkedHashMap<>();
        scores.put("positive", positive);
        scores.put("negative", 1 - positive);
        return scores;
    }

    static String slow(Double seconds) throws InterruptedException {
        Thread.sleep((long) (seconds * 1000));
        return "done";
    }

    static String progress(Double steps, Progress progress) throws InterruptedException {
        int n = steps.intValue();
        for (int i = 0; i < n; i++) {
            progress.update(i, n, "step " + (i + 1) + " of " + n);
            Thread.sleep(20);
        }
        return "finished";
    }

    /** Builds the app (tests launch it on their own port). */
    public static Blocks app() {
        var text = Gr.textbox().label("text");
        var out = Gr.textbox().label("output");
        var a = Gr.number().label("a");
        var b = Gr.number().label("b");
        var sum = Gr.number().label("sum");
        var file = Gr.file().label("file");
        var upper = Gr.file().label("upper");
        State<Integer> count = State.of(0);
        var total = Gr.number().label("count");
        var label = Gr.label().label("sentiment");
        var seconds = Gr.number().label("seconds");
        var steps = Gr.number().label("steps");

        var buttons = new Button[] {Button.of("echo"), Button.of("add"), Button.of("stream"), Button.of("fail"),
                Button.of("upper"), Button.of("count"), Button.of("classify"), Button.of("slow"), Button.of("progress"),
                Button.of("silent")};
        buttons[0].click(Conformance::echo, text, out);
        buttons[1].click(Conformance::add, a, b, sum);
        buttons[2].click(Conformance::stream, text, out.streaming());
        buttons[3].click(Conformance::fail, text, out);
        buttons[4].click(Conformance::upperFile, file, upper).apiName("upper_file");
        buttons[5].click(Conformance::counter, count, Outputs.of(count, total));
        buttons[6].click(Conformance::classify, text, label);
        buttons[7].click(Conformance::slow, seconds, out).concurrencyLimit(1);
        buttons[8].click(Conformance::progress, steps, Gr.progress(), out);
        buttons[9].click(Conformance::silent, text, out.streaming());
        return Blocks.of(text, out, a, b, sum, file, upper, total, label, seconds, steps, Row.of(buttons))
                .title("gradio4j conformance")
                .defaultConcurrencyLimit(null);
    }

    public static void main(String[] args) {
        app().launch();
    }
}
