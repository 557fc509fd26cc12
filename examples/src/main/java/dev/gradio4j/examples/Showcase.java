package dev.gradio4j.examples;

import dev.gradio4j.Accordion;
import dev.gradio4j.Blocks;
import dev.gradio4j.Button;
import dev.gradio4j.ButtonVariant;
import dev.gradio4j.Checkbox;
import dev.gradio4j.CheckboxGroup;
import dev.gradio4j.Column;
import dev.gradio4j.Dropdown;
import dev.gradio4j.Examples;
import dev.gradio4j.Gr;
import dev.gradio4j.GradioError;
import dev.gradio4j.Html;
import dev.gradio4j.Json;
import dev.gradio4j.Markdown;
import dev.gradio4j.Outputs;
import dev.gradio4j.Progress;
import dev.gradio4j.Radio;
import dev.gradio4j.Row;
import dev.gradio4j.Slider;
import dev.gradio4j.Tab;
import dev.gradio4j.Tabs;
import java.awt.image.BufferedImage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * A tour of the browser UI: streamed text, an image filter, the form components, JSON and label
 * outputs, progress, examples and errors, in tabs. Run with {@code examples/run showcase}.
 */
public final class Showcase {
    private Showcase() {}

    /** Types the answer out a few characters at a time, as an LLM would stream it. */
    static Stream<String> typewriter(String prompt) {
        String answer = "You said: \"" + prompt + "\". Streaming arrives as small diffs, and the page grows the text in place.";
        return IntStream.iterate(4, n -> n < answer.length() + 4, n -> n + 4)
                .mapToObj(n -> {
                    pause(40);
                    return answer.substring(0, Math.min(n, answer.length()));
                });
    }

    /** Gradio's classic sepia filter, with a strength. */
    static BufferedImage sepia(BufferedImage image, Double strength) {
        if (image == null) {
            throw new GradioError("Upload an image first.");
        }
        double s = strength == null ? 1 : strength;
        var out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int r = (rgb >> 16) & 0xff, g = (rgb >> 8) & 0xff, b = rgb & 0xff;
                int sr = clamp(0.393 * r + 0.769 * g + 0.189 * b), sg = clamp(0.349 * r + 0.686 * g + 0.168 * b),
                        sb = clamp(0.272 * r + 0.534 * g + 0.131 * b);
                out.setRGB(x, y, mix(r, sr, s) << 16 | mix(g, sg, s) << 8 | mix(b, sb, s));
            }
        }
        return out;
    }

    record Order(Map<String, Object> summary, Map<String, Double> confidence) {}

    /** Collects every form value into JSON, and a made-up confidence per size. */
    static Order order(String size, List<String> toppings, Boolean extraCheese, Double quantity, String crust) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("size", size);
        summary.put("toppings", toppings);
        summary.put("extra_cheese", extraCheese);
        summary.put("quantity", quantity);
        summary.put("crust", crust);
        Map<String, Double> confidence = new LinkedHashMap<>();
        for (String option : List.of("small", "medium", "large")) {
            confidence.put(option, option.equalsIgnoreCase(size) ? 0.7 : 0.15);
        }
        return new Order(summary, confidence);
    }

    static String fail(String text) {
        throw new GradioError("Nothing is wrong with \"" + text + "\"; this button always fails, to show how errors look.");
    }

    static String work(Double steps, Progress progress) {
        int n = steps == null ? 10 : steps.intValue();
        for (int i = 0; i < n; i++) {
            progress.update(i, n, "Step " + (i + 1) + " of " + n);
            pause(150);
        }
        return "Finished " + n + " steps.";
    }

    /** Builds the app. */
    public static Blocks app() {
        var prompt = Gr.textbox().label("Prompt").placeholder("Ask anything, then press Enter");
        var answer = Gr.textbox().label("Answer").lines(4);
        var send = Button.of("Send").variant(ButtonVariant.PRIMARY);
        var stop = Button.of("Stop").variant(ButtonVariant.STOP);
        var sent = send.click(Showcase::typewriter, prompt, answer.streaming());
        var submitted = prompt.submit(Showcase::typewriter, prompt, answer.streaming());
        stop.click().cancels(sent, submitted);
        var textTab = Tab.of("Streaming", Row.of(Column.of(prompt, Row.of(send, stop)), answer),
                Examples.of(Showcase::typewriter, prompt, answer.streaming(), List.of("What is gradio4j?", "Stream me a sentence")));

        var photo = Gr.image().label("Photo");
        var strength = Slider.of(0, 1).step(0.05).value(1.0).label("Strength");
        var filtered = Gr.image().label("Sepia");
        var apply = Button.of("Apply filter").variant(ButtonVariant.PRIMARY);
        apply.click(Showcase::sepia, photo, strength, filtered);
        var imageTab = Tab.of("Image", Row.of(Column.of(photo, strength, apply), filtered));

        var size = Radio.of("small", "medium", "large").label("Size").value("medium");
        var toppings = CheckboxGroup.of("cheese", "mushrooms", "olives", "peppers").label("Toppings");
        var cheese = Checkbox.create().label("Extra cheese");
        var quantity = Gr.number().label("Quantity").value(1.0).minimum(1).maximum(20);
        var crust = Dropdown.of("thin", "classic", "stuffed").label("Crust").value("classic");
        var summary = Json.create().label("Order");
        var confidence = Gr.label().label("Size confidence");
        var place = Button.of("Place order").variant(ButtonVariant.PRIMARY);
        place.click(Showcase::order, size, toppings, cheese, quantity, crust, Outputs.of(summary, confidence));
        var formTab = Tab.of("Components", Row.of(Column.of(size, toppings, cheese, quantity, crust, place),
                Column.of(summary, confidence)));

        var steps = Slider.of(1, 30).step(1).value(10.0).label("Steps");
        var status = Gr.textbox().label("Status");
        var run = Button.of("Run with progress");
        run.click(Showcase::work, steps, Gr.progress(), status);
        var failInput = Gr.textbox().label("Text").value("anything");
        var failOutput = Gr.textbox().label("Never written");
        var failButton = Button.of("Fail").variant(ButtonVariant.STOP);
        failButton.click(Showcase::fail, failInput, failOutput);
        var moreTab = Tab.of("Progress and errors", Row.of(Column.of(steps, run, status), Column.of(failInput, failButton, failOutput)),
                Accordion.of("About this tab", Markdown.of("Progress bars come from `Progress.update`; the error is a `GradioError`."))
                        .open(false));

        return Blocks.of(
                        Markdown.of("# gradio4j showcase\nEvery part of the browser UI, on one page. Math: $$e^{i\\pi} + 1 = 0$$"),
                        Html.of("<p style='margin:0'>HTML is sanitised unless the app allows it.</p>"),
                        Tabs.of(textTab, imageTab, formTab, moreTab))
                .title("gradio4j showcase");
    }

    private static int clamp(double value) {
        return (int) Math.min(255, Math.max(0, Math.round(value)));
    }

    private static int mix(int from, int to, double amount) {
        return clamp(from + (to - from) * amount);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    public static void main(String[] args) {
        app().launch();
    }
}
