import dev.gradio4j.*;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The app the reload benchmark edits: about a hundred lines, with the parts a real demo has
 * (several tabs, form components, a streaming handler, State, examples). The benchmark swaps
 * the marker in the title back and forth and times how soon the open page shows it.
 */
public class App {
    record Stats(Map<String, Object> summary, Map<String, Double> shares) {}

    record Tally(Integer state, Double shown) {}

    static String greet(String name, Double times) {
        int n = times == null ? 1 : times.intValue();
        return String.join(" ", java.util.Collections.nCopies(Math.max(1, n), "Hello, " + name + "!"));
    }

    static Stream<String> typewriter(String prompt) {
        String answer = "Echoing " + prompt + " one word at a time, as a model would stream it.";
        String[] words = answer.split(" ");
        return IntStream.rangeClosed(1, words.length)
                .mapToObj(n -> String.join(" ", java.util.Arrays.copyOf(words, n)));
    }

    static Stats analyse(String text, List<String> options, Boolean lower) {
        String subject = Boolean.TRUE.equals(lower) ? text.toLowerCase(Locale.ROOT) : text;
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("characters", subject.length());
        summary.put("words", subject.isBlank() ? 0 : subject.trim().split("\\s+").length);
        summary.put("options", options);
        long vowels = subject.chars().filter(c -> "aeiouAEIOU".indexOf(c) >= 0).count();
        double share = subject.isEmpty() ? 0 : (double) vowels / subject.length();
        Map<String, Double> shares = new LinkedHashMap<>();
        shares.put("vowels", share);
        shares.put("other", 1 - share);
        return new Stats(summary, shares);
    }

    static Tally tally(Integer count) {
        return new Tally(count + 1, count + 1.0);
    }

    static String convert(Double celsius, String unit) {
        if (celsius == null) {
            throw new GradioError("Enter a temperature first.");
        }
        return switch (unit) {
            case "Fahrenheit" -> String.format(Locale.ROOT, "%.1f °F", celsius * 9 / 5 + 32);
            case "Kelvin" -> String.format(Locale.ROOT, "%.2f K", celsius + 273.15);
            default -> String.format(Locale.ROOT, "%.1f °C", celsius);
        };
    }

    public static void main(String[] args) {
        var name = Gr.textbox().label("Name").placeholder("Your name");
        var times = Slider.of(1, 5).step(1).value(1.0).label("Times");
        var greeting = Gr.textbox().label("Greeting");
        var greet = Button.of("Greet").variant(ButtonVariant.PRIMARY);
        greet.click(App::greet, name, times, greeting);

        var prompt = Gr.textbox().label("Prompt");
        var answer = Gr.textbox().label("Answer").lines(3);
        var send = Button.of("Send").variant(ButtonVariant.PRIMARY);
        send.click(App::typewriter, prompt, answer.streaming());

        var text = Gr.textbox().label("Text").lines(3);
        var options = CheckboxGroup.of("trim", "count", "split").label("Options");
        var lower = Checkbox.create().label("Lower case first");
        var summary = Json.create().label("Summary");
        var shares = Gr.label().label("Shares");
        var analyse = Button.of("Analyse");
        analyse.click(App::analyse, text, options, lower, Outputs.of(summary, shares));

        State<Integer> count = State.of(0);
        var shown = Gr.number().label("Clicks this session");
        var click = Button.of("Click");
        click.click(App::tally, count, Outputs.of(count, shown));

        var celsius = Gr.number().label("Celsius");
        var unit = Radio.of("Celsius", "Fahrenheit", "Kelvin").value("Fahrenheit").label("Unit");
        var converted = Gr.textbox().label("Converted");
        var convert = Button.of("Convert");
        convert.click(App::convert, celsius, unit, converted);

        Blocks.of(
                Markdown.of("# Reload bench RELOADMARKERA"),
                Tabs.of(
                        Tab.of("Greet", Row.of(Column.of(name, times, greet), greeting),
                                Examples.of(name, "Ada", "Grace")),
                        Tab.of("Stream", Row.of(Column.of(prompt, send), answer)),
                        Tab.of("Analyse", Row.of(Column.of(text, options, lower, analyse), Column.of(summary, shares))),
                        Tab.of("Session", Row.of(click, shown)),
                        Tab.of("Convert", Row.of(Column.of(celsius, unit, convert), converted))))
                .title("Reload bench")
                .launch();
    }
}
