package dev.gradio4j;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradio4j.ConfigFixtures.Difference;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each component's {@code /config} entry, props and dependencies, against the real Gradio's for
 * the same component built the same way: the fixtures in {@code src/test/resources/fixtures/components/}
 * were recorded from Gradio 6.31.0 by {@code src/test/python/record_component_fixtures.py}, whose
 * cases (a few lines of Gradio code each) are built here again in Java, case for case.
 *
 * <p>Any difference fails, unless {@code known-differences.json} lists it with its reason; and a
 * listed difference that no longer occurs fails too, so that the list stays true.
 */
@Timeout(120)
class ComponentFixturesTest {
    private static final ConfigFixtures.Known KNOWN = ConfigFixtures.Known.load();
    private static final Map<String, List<Difference>> DIFFERENCES = new ConcurrentHashMap<>();

    static String greet(String name) {
        return "Hello, " + name + "!";
    }

    static Double pick(Integer index) {
        return index.doubleValue();
    }

    /** One of the recorder's cases, built in Java: its name as recorded, and the app. */
    record Case(String name, Supplier<Blocks> app) {}

    /** The recorder's cases in Java, by fixture, in the recorder's order. */
    static final Map<String, List<Case>> APPS = new LinkedHashMap<>();

    private static void cases(String fixture, Case... cases) {
        APPS.put(fixture, List.of(cases));
    }

    /** A case whose app is one block. */
    private static Case block(String name, Supplier<Block<?>> block) {
        return new Case(name, () -> Blocks.of(block.get()));
    }

    /** A case whose app takes more to build. */
    private static Case app(String name, Supplier<Blocks> app) {
        return new Case(name, app);
    }

    static {
        cases("textbox",
                block("defaults", Textbox::create),
                block("configured", () -> Textbox.create().value("World").label("Name").info("Your name").placeholder("type here")
                        .lines(3).maxLines(5).maxLength(40).showLabel(false).interactive(true).autofocus(true)
                        .submitButton("Send").scale(2).minWidth(200).elemId("name").elemClasses("wide", "bold")),
                block("password", () -> Textbox.create().password()),
                block("copy and stop buttons", () -> Textbox.create().showCopyButton(true).stopButton(true).visible(false)));
        cases("colorpicker",
                block("defaults", ColorPicker::create),
                block("configured", () -> ColorPicker.of("#ff8800").label("Accent").info("The theme colour").interactive(true)
                        .elemId("accent")));
        cases("number",
                block("defaults", Gr::number),
                block("configured", () -> Gr.number().value(42.0).label("Age").minimum(0).maximum(120).precision(0).step(2)
                        .placeholder("years").interactive(true)));
        cases("slider",
                block("defaults", Slider::create),
                block("configured", () -> Slider.of(0, 10).value(2.5).step(0.5).label("Level").info("How much")),
                block("a range and nothing else", () -> Slider.of(2, 8)));
        cases("checkbox",
                block("defaults", Checkbox::create),
                block("configured", () -> Checkbox.create().value(true).label("Agree").info("to the terms").interactive(false)));
        cases("checkboxgroup",
                block("choices only", () -> CheckboxGroup.of("a", "b", "c")),
                block("configured", () -> CheckboxGroup.of("a", "b", "c").value(List.of("b")).label("Letters").info("Pick any")));
        cases("radio",
                block("choices only", () -> Radio.of("x", "y")),
                block("configured", () -> Radio.of("x", "y").value("y").label("Pick").visible(false)));
        cases("dropdown",
                block("single, choices only", () -> Dropdown.of("red", "green")),
                block("single, configured", () -> Dropdown.of("red", "green").value("green").allowCustomValue(true).label("Colour")),
                block("not filterable", () -> Dropdown.of("red", "green").value("red").filterable(false)),
                block("multiselect", () -> Dropdown.multiselect("p", "q", "r").maxChoices(2).label("Letters")));
        cases("button",
                block("defaults", Button::create),
                block("configured", () -> Button.of("Go").variant(ButtonVariant.PRIMARY).size("sm").link("https://example.com/").elemId("go")),
                app("a click wired to a function", () -> {
                    var name = Textbox.create();
                    var greet = Button.of("Greet");
                    greet.click(ComponentFixturesTest::greet, name, name);
                    return Blocks.of(name, greet);
                }));
        cases("clearbutton",
                app("clears components in the browser", () -> {
                    var text = Textbox.create();
                    var number = Gr.number();
                    var check = Checkbox.create();
                    return Blocks.of(text, number, check, ClearButton.of(text, number, check));
                }),
                app("resets state on the server", () -> {
                    var text = Textbox.create();
                    var state = State.of(5);
                    return Blocks.of(text, state, ClearButton.of(text, state).variant(ButtonVariant.STOP));
                }));
        cases("markdown",
                block("defaults", Markdown::create),
                block("configured", () -> Markdown.of("# Title").rtl(true).sanitizeHtml(false)),
                block("copy button", () -> Markdown.of("text").showCopyButton(true)));
        cases("html",
                block("defaults", Html::create),
                block("a value", () -> Html.of("<b>bold</b>").elemId("bold")));
        cases("json",
                block("defaults", Json::create),
                block("a value", () -> Json.create().value(Map.of("k", List.of(1, 2))).label("Data")));
        cases("label",
                block("defaults", Label::create),
                block("configured", () -> Label.create().value(Map.of("cat", 0.25, "dog", 0.75)).numTopClasses(1).label("Pet").color("red")));
        cases("highlightedtext",
                block("defaults", HighlightedText::create),
                block("configured", () -> HighlightedText.of(HighlightedText.Span.plain("The"), HighlightedText.Span.of("fox", "noun"),
                        HighlightedText.Span.scored("ran", 0.5)).colorMap(Map.of("noun", "red")).showLegend(true)
                        .showInlineCategory(false).combineAdjacent(true, " ").label("Tags").rtl(true)));
        cases("image",
                block("a PIL image", Image::create),
                block("a file path, configured", () -> Image.asPath().sources("upload").height(100).width(200).label("Photo")),
                block("no download button", () -> Image.asPath().showDownloadButton(false)));
        cases("multimodaltextbox",
                block("defaults", MultimodalTextbox::create),
                block("configured", () -> MultimodalTextbox.create().fileTypes("image", ".pdf").multipleFiles().placeholder("Ask")
                        .lines(2).maxLines(4).submitButton("Send").stopButton(true).rtl(true).autofocus(true).maxPlainTextLength(500)));
        cases("chatbot",
                block("defaults", Chatbot::create),
                block("configured", () -> Chatbot.create().height(300).placeholder("Say hi").editable("user").autoscroll(false)
                        .sanitizeHtml(false).label("Chat")),
                block("messages", () -> Chatbot.create().value(List.of(ChatMessage.user("hi"), ChatMessage.assistant("hello")))));
        cases("file",
                block("single", Gr::file),
                block("multiple", Gr::files),
                block("configured", () -> Gr.file().fileTypes(".txt", "image").height(120).label("Document")));
        cases("state",
                block("a value", () -> State.of(5)),
                block("a value kept for a time", () -> State.of(new ArrayList<>()).timeToLive(Duration.ofSeconds(60))),
                app("placed last, used by an event", () -> {
                    var number = Gr.number();
                    var button = Button.create();
                    var state = State.of(5);
                    button.click(ComponentFixturesTest::pick, state, number);
                    return Blocks.of(number, button);
                }));
        cases("dataset",
                block("samples", () -> Dataset.of(List.of(Textbox.create(), Gr.number()), List.of(List.of("a", 1.0), List.of("b", 2.0)))),
                block("configured", () -> Dataset.of(List.of(Textbox.create(), Gr.number()), List.of(List.of("a", 1.0), List.of("b", 2.0)))
                        .label("Pick one").headers("text", "n").samplesPerPage(5)),
                app("a click wired to a function", () -> {
                    var number = Gr.number();
                    var data = Dataset.of(List.of(Textbox.create()), List.of(List.of("a"), List.of("b")));
                    data.click(ComponentFixturesTest::pick, data, number);
                    return Blocks.of(number, data);
                }));
        cases("loginbutton",
                block("defaults", LoginButton::create),
                block("gradio4j's texts", LoginButton::create));
        cases("row",
                block("defaults", () -> Row.of(Button.create())),
                block("configured", () -> Row.of(Button.create()).panel().equalHeight(true).elemId("top")));
        cases("column",
                block("defaults", () -> Column.of(Button.create())),
                block("configured", () -> Row.of(Column.of(Button.create()).scale(2).minWidth(200).panel())));
        cases("group",
                block("defaults", () -> Group.of(Button.create())));
        cases("tabs",
                block("two tabs", () -> Tabs.of(Tab.of("A", Button.create()), Tab.of("B", Button.create()))),
                block("configured", () -> Tabs.of(Tab.of("A", Button.create()).id("a"),
                        Tab.of("B", Button.create()).id("b").interactive(false)).selected("b")));
        cases("accordion",
                block("defaults", () -> Accordion.of("More", Button.create())),
                block("closed", () -> Accordion.of("More", Button.create()).open(false)));
    }

    static Set<String> fixtures() {
        return APPS.keySet();
    }

    /** The differences of every case of a fixture, each case's app launched, read and closed. */
    static List<Difference> differences(String fixture) {
        return DIFFERENCES.computeIfAbsent(fixture, name -> {
            List<Difference> all = new ArrayList<>();
            var recorded = ConfigFixtures.cases(name);
            var cases = APPS.get(name);
            assertThat(cases).extracting(Case::name).as("the Java cases of %s, in the recorder's order", name)
                    .containsExactlyElementsOf(recorded.stream().map(c -> (String) c.get("case")).toList());
            for (int i = 0; i < cases.size(); i++) {
                var recordedCase = recorded.get(i);
                try (var server = cases.get(i).app().get().launch(Launch.options().port(0).quiet(true));
                        var client = new WireClient(server)) {
                    var ours = ConfigFixtures.named(client.config(), client.base(), KNOWN.gradioTypes()).withoutForms();
                    all.addAll(ConfigFixtures.compare(name, recordedCase, ours));
                }
            }
            return all;
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void configIsTheRealGradiosButForTheKnownDifferences(String fixture) {
        var unexplained = differences(fixture).stream().filter(d -> !KNOWN.explains(d)).map(Difference::toString).toList();
        assertThat(unexplained).as("differences from the real Gradio not listed in known-differences.json").isEmpty();
    }

    @Test
    void everyKnownDifferenceStillOccurs() {
        Set<String> occurring = fixtures().stream().flatMap(f -> differences(f).stream()).map(KNOWN::key)
                .filter(java.util.Objects::nonNull).collect(Collectors.toCollection(TreeSet::new));
        Set<String> stale = new TreeSet<>(KNOWN.keys());
        stale.removeAll(occurring);
        assertThat(stale).as("listed in known-differences.json but no longer different: remove them").isEmpty();
    }

    @Test
    void everyRecordedFixtureHasItsJavaCases() throws Exception {
        var directory = java.nio.file.Path.of(ComponentFixturesTest.class.getResource(ConfigFixtures.DIRECTORY).toURI());
        try (var files = java.nio.file.Files.list(directory)) {
            var recorded = files.map(f -> f.getFileName().toString()).filter(n -> !n.equals("known-differences.json"))
                    .map(n -> n.replaceFirst("\\.json$", "")).collect(Collectors.toCollection(TreeSet::new));
            assertThat(recorded).isEqualTo(new TreeSet<>(fixtures()));
        }
    }
}
