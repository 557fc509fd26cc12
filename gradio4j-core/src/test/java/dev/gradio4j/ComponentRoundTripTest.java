package dev.gradio4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Each value component both ways through a real endpoint: the wire payload in, the Java value
 * the handler receives (recorded), the handler's result, the payload out. Bad payloads are
 * refused with 422 before the handler runs. Files and images are in {@link FileComponentsTest}.
 */
@Timeout(30)
class ComponentRoundTripTest {
    static Server server;
    static WireClient client;
    /** The last value a handler received, to check the Java side of the conversion. */
    static final AtomicReference<Object> received = new AtomicReference<>();

    record Point(String name, List<Integer> xs) {}

    static <T> T seen(T value) {
        received.set(value == null ? "<null>" : value);
        return value;
    }

    @BeforeAll
    static void start() {
        var text = Gr.textbox();
        var limited = Gr.textbox().maxLength(3);
        var number = Gr.number();
        var bounded = Gr.number().minimum(0).maximum(10);
        var rounded = Gr.number().precision(1);
        var whole = Gr.number().precision(0);
        var slider = Gr.slider(0, 10);
        var checkbox = Gr.checkbox();
        var group = CheckboxGroup.of("a", "b", "c");
        var radio = Radio.of("x", "y");
        var dropdown = Dropdown.of("red", "green");
        var custom = Dropdown.of("red", "green").allowCustomValue(true);
        var multi = Dropdown.multiselect("p", "q", "r").maxChoices(2);
        var button = Button.of("Press me");
        var markdown = Markdown.create();
        var html = Html.create();
        var json = Json.create();
        var label = Label.create();
        var topLabel = Label.create().numTopClasses(2);
        var go = Button.of("go");

        go.click((String s) -> seen(s) == null ? "was null" : s + "!", text, text).apiName("textbox");
        go.click((String s) -> seen(s), limited, text).apiName("limited");
        go.click((Double x) -> seen(x) * 2, number, rounded).apiName("number");
        go.click((Double x) -> seen(x), bounded, whole).apiName("bounded");
        go.click((Double x) -> seen(x) + 0.5, slider, slider).apiName("slider");
        go.click((Boolean b) -> !seen(b), checkbox, checkbox).apiName("checkbox");
        go.click((List<String> picked) -> {
            List<String> reversed = new ArrayList<>(seen(picked));
            java.util.Collections.reverse(reversed);
            return reversed;
        }, group, group).apiName("checkbox_group");
        go.click((String choice) -> seen(choice) == null ? "x" : "y", radio, radio).apiName("radio");
        go.click((String choice) -> seen(choice), dropdown, dropdown).apiName("dropdown");
        go.click((String choice) -> seen(choice), custom, custom).apiName("custom_dropdown");
        go.click((List<String> picked) -> seen(picked).subList(0, 1), multi, multi).apiName("multiselect");
        go.click((String caption) -> seen(caption), button, text).apiName("button");
        go.click((String s) -> "\n  # " + s + "  \n", text, markdown).apiName("markdown");
        go.click((String s) -> seen(s), html, html).apiName("html");
        go.click((Object tree) -> {
            seen(tree);
            return new Point("p", List.of(1, 2));
        }, json, json).apiName("json");
        go.click((Map<String, Double> confidences) -> seen(confidences), label, topLabel).apiName("label");
        // Untyped handlers (Fn.Dynamic, as Interface's shortcuts use) may give a Label a bare class name.
        go.click(args -> args.getFirst(), List.of(text), label).apiName("label_from_string");

        var examples = Examples.of(List.of(text, number), List.of(List.of("first", 1.0), List.of("second", 2.5)));

        server = Blocks.of(text, limited, number, bounded, rounded, whole, slider, checkbox, group, radio, dropdown, custom,
                multi, button, markdown, html, json, label, topLabel, go, examples).launch(Launch.options().port(0).quiet(true));
        client = new WireClient(server);
    }

    @AfterAll
    static void stop() {
        client.close();
        server.close();
    }

    @BeforeEach
    void clear() {
        received.set(null);
    }

    /** Calls {@code /run/{api}} with one argument and returns the single output payload. */
    static Object roundTrip(String api, Object payload) {
        var response = client.post("/gradio_api/run/" + api, Map.of("data", Arrays.asList(payload)));
        assertThat(response.statusCode()).as("%s: %s", api, response.body()).isEqualTo(200);
        List<?> data = (List<?>) WireClient.object(response.body()).get("data");
        assertThat(data).hasSize(1);
        return data.getFirst();
    }

    /** Asserts the argument is refused with 422 before the handler runs, and returns the message. */
    static String refused(String api, Object payload) {
        received.set(null);
        var response = client.post("/gradio_api/run/" + api, Map.of("data", Arrays.asList(payload)));
        assertThat(response.statusCode()).as("%s: %s", api, response.body()).isEqualTo(422);
        assertThat(received.get()).as("the handler never ran").isNull();
        return (String) WireClient.object(response.body()).get("detail");
    }

    @Test
    void textbox() {
        assertThat(roundTrip("textbox", "hi")).isEqualTo("hi!");
        assertThat(received.get()).isEqualTo("hi");
        assertThat(roundTrip("textbox", null)).isEqualTo("was null");
        assertThat(roundTrip("textbox", 42)).as("a number is taken as its text, as in Gradio").isEqualTo("42!");
        assertThat(roundTrip("textbox", true)).isEqualTo("True!");
        assertThat(refused("textbox", List.of(42))).contains("expected a string, got a list");
        assertThat(refused("limited", "four")).contains("at most 3");
    }

    @Test
    void number() {
        assertThat(roundTrip("number", 1.234)).as("output precision(1)").isEqualTo(2.5);
        assertThat(received.get()).isEqualTo(1.234);
        assertThat(roundTrip("number", 7)).isEqualTo(14.0);
        assertThat(received.get()).as("integers arrive as Double").isEqualTo(7.0);
        assertThat(roundTrip("number", "4.5")).as("numeric strings are accepted").isEqualTo(9.0);
        assertThat(roundTrip("bounded", 3.7)).as("precision(0) gives a whole number").isEqualTo(4);
        assertThat(refused("bounded", 11)).contains("maximum");
        assertThat(refused("bounded", -1)).contains("minimum");
        assertThat(refused("number", "abc")).contains("expected a number");
    }

    @Test
    void slider() {
        assertThat(roundTrip("slider", 3)).isEqualTo(3.5);
        assertThat(received.get()).isEqualTo(3.0);
        assertThat(refused("slider", 10.5)).contains("outside the slider's range");
        assertThat(refused("slider", "5")).contains("expected a number");
    }

    @Test
    void checkbox() {
        assertThat(roundTrip("checkbox", true)).isEqualTo(false);
        assertThat(received.get()).isEqualTo(true);
        assertThat(roundTrip("checkbox", null)).as("null reads as unchecked").isEqualTo(true);
        assertThat(refused("checkbox", "yes")).contains("true or false");
    }

    @Test
    void checkboxGroup() {
        assertThat(roundTrip("checkbox_group", List.of("a", "c"))).isEqualTo(List.of("c", "a"));
        assertThat(received.get()).isEqualTo(List.of("a", "c"));
        assertThat(roundTrip("checkbox_group", null)).as("null reads as none checked").isEqualTo(List.of());
        assertThat(refused("checkbox_group", List.of("a", "z"))).contains("\"z\" is not one of the choices");
    }

    @Test
    void radio() {
        assertThat(roundTrip("radio", "x")).isEqualTo("y");
        assertThat(received.get()).isEqualTo("x");
        assertThat(refused("radio", "z")).contains("not one of the choices");
    }

    @Test
    void dropdownSingle() {
        assertThat(roundTrip("dropdown", "green")).isEqualTo("green");
        assertThat(refused("dropdown", "blue")).contains("not one of the choices");
        assertThat(roundTrip("custom_dropdown", "blue")).as("allowCustomValue").isEqualTo("blue");
    }

    @Test
    void dropdownMultiselect() {
        assertThat(roundTrip("multiselect", List.of("q", "r"))).isEqualTo(List.of("q"));
        assertThat(received.get()).isEqualTo(List.of("q", "r"));
        assertThat(refused("multiselect", List.of("p", "q", "r"))).contains("at most 2");
        assertThat(refused("multiselect", "p")).contains("expected a list");
    }

    @Test
    void buttonValueIsItsCaption() {
        assertThat(roundTrip("button", "Press me")).isEqualTo("Press me");
        assertThat(received.get()).isEqualTo("Press me");
    }

    @Test
    void markdownOutputIsTrimmedAndHtmlPassesThrough() {
        assertThat(roundTrip("markdown", "Title")).isEqualTo("# Title");
        assertThat(roundTrip("html", "<i>x</i>")).isEqualTo("<i>x</i>");
    }

    @Test
    void jsonTakesAnyTreeAndWritesRecords() {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("list", List.of(1, "two", true));
        tree.put("nested", Map.of("k", 1.5));
        tree.put("none", null);
        assertThat(roundTrip("json", tree)).isEqualTo(Map.of("name", "p", "xs", List.of(1, 2)));
        assertThat(received.get()).isInstanceOf(Map.class);
        @SuppressWarnings("unchecked")
        var got = (Map<String, Object>) received.get();
        assertThat(got.get("list")).isEqualTo(List.of(1L, "two", true));
        assertThat(got).containsKey("none").containsEntry("nested", Map.of("k", 1.5));
    }

    @Test
    @SuppressWarnings("unchecked")
    void labelReadsConfidencesAndWritesTheTopClassesSorted() {
        var payload = Map.of("label", "cat", "confidences", List.of(
                Map.of("label", "fox", "confidence", 0.2), Map.of("label", "cat", "confidence", 0.5),
                Map.of("label", "dog", "confidence", 0.3)));
        var out = (Map<String, Object>) roundTrip("label", payload);
        assertThat(received.get()).isEqualTo(Map.of("cat", 0.5, "dog", 0.3, "fox", 0.2));
        assertThat(out).containsEntry("label", "cat").containsEntry("confidences", List.of(
                Map.of("label", "cat", "confidence", 0.5), Map.of("label", "dog", "confidence", 0.3)));

        assertThat(roundTrip("label", "just a name")).as("a bare string is one class at 1.0")
                .isEqualTo(Map.of("label", "just a name", "confidences", List.of(Map.of("label", "just a name", "confidence", 1.0))));
        assertThat(refused("label", 5)).contains("expected a label object");
    }

    @Test
    void aHandlersStringResultFillsALabel() {
        assertThat(roundTrip("label_from_string", "cat"))
                .isEqualTo(Map.of("label", "cat", "confidences", List.of(Map.of("label", "cat", "confidence", 1.0))));
    }

    @Test
    void clickingAnExampleSendsItsValuesToTheInputs() {
        var response = client.post("/gradio_api/run/load_example", Map.of("data", List.of(1)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(WireClient.object(response.body()).get("data")).isEqualTo(List.of("second", 2.5));

        var outOfRange = client.post("/gradio_api/run/load_example", Map.of("data", List.of(2)));
        assertThat(outOfRange.statusCode()).isEqualTo(422);
        assertThat(outOfRange.body()).contains("sample index from 0 to 1");
    }
}
