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

    /** The recorder's cases in Java: fixture, then case name (as recorded), then the app. */
    static final Map<String, Map<String, Supplier<Blocks>>> APPS = new LinkedHashMap<>();

    private static void cases(String fixture, Object... namesAndApps) {
        Map<String, Supplier<Blocks>> cases = new LinkedHashMap<>();
        for (int i = 0; i < namesAndApps.length; i += 2) {
            @SuppressWarnings("unchecked")
            Supplier<Blocks> app = (Supplier<Blocks>) namesAndApps[i + 1];
            cases.put((String) namesAndApps[i], app);
        }
        APPS.put(fixture, cases);
    }

    private static Supplier<Blocks> app(Supplier<Block<?>> block) {
        return () -> Blocks.of(block.get());
    }

    static {
        cases("textbox",
                "defaults", app(Textbox::create),
                "configured", app(() -> Textbox.create().value("World").label("Name").info("Your name").placeholder("type here")
                        .lines(3).maxLines(5).maxLength(40).showLabel(false).interactive(true).autofocus(true)
                        .submitButton("Send").scale(2).minWidth(200).elemId("name").elemClasses("wide", "bold")),
                "password", app(() -> Textbox.create().password()),
                "copy and stop buttons", app(() -> Textbox.create().showCopyButton(true).stopButton(true).visible(false)));
        cases("number",
                "defaults", app(Gr::number),
                "configured", app(() -> Gr.number().value(42.0).label("Age").minimum(0).maximum(120).precision(0).step(2)
                        .placeholder("years").interactive(true)));
        cases("slider",
                "defaults", app(Slider::create),
                "configured", app(() -> Slider.of(0, 10).value(2.5).step(0.5).label("Level").info("How much")),
                "a range and nothing else", app(() -> Slider.of(2, 8)));
        cases("checkbox",
                "defaults", app(Checkbox::create),
                "configured", app(() -> Checkbox.create().value(true).label("Agree").info("to the terms").interactive(false)));
        cases("checkboxgroup",
                "choices only", app(() -> CheckboxGroup.of("a", "b", "c")),
                "configured", app(() -> CheckboxGroup.of("a", "b", "c").value(List.of("b")).label("Letters").info("Pick any")));
        cases("radio",
                "choices only", app(() -> Radio.of("x", "y")),
                "configured", app(() -> Radio.of("x", "y").value("y").label("Pick").visible(false)));
        cases("dropdown",
                "single, choices only", app(() -> Dropdown.of("red", "green")),
                "single, configured", app(() -> Dropdown.of("red", "green").value("green").allowCustomValue(true).label("Colour")),
                "not filterable", app(() -> Dropdown.of("red", "green").value("red").filterable(false)),
                "multiselect", app(() -> Dropdown.multiselect("p", "q", "r").maxChoices(2).label("Letters")));
        cases("button",
                "defaults", app(Button::create),
                "configured", app(() -> Button.of("Go").variant(ButtonVariant.PRIMARY).size("sm").link("https://example.com/").elemId("go")),
                "a click wired to a function", (Supplier<Blocks>) () -> {
                    var name = Textbox.create();
                    var greet = Button.of("Greet");
                    greet.click(ComponentFixturesTest::greet, name, name);
                    return Blocks.of(name, greet);
                });
        cases("clearbutton",
                "clears components in the browser", (Supplier<Blocks>) () -> {
                    var text = Textbox.create();
                    var number = Gr.number();
                    var check = Checkbox.create();
                    return Blocks.of(text, number, check, ClearButton.of(text, number, check));
                },
                "resets state on the server", (Supplier<Blocks>) () -> {
                    var text = Textbox.create();
                    var state = State.of(5);
                    return Blocks.of(text, state, ClearButton.of(text, state).variant(ButtonVariant.STOP));
                });
        cases("markdown",
                "defaults", app(Markdown::create),
                "configured", app(() -> Markdown.of("# Title").rtl(true).sanitizeHtml(false)),
                "copy button", app(() -> Markdown.of("text").showCopyButton(true)));
        cases("html",
                "defaults", app(Html::create),
                "a value", app(() -> Html.of("<b>bold</b>").elemId("bold")));
        cases("json",
                "defaults", app(Json::create),
                "a value", app(() -> Json.create().value(Map.of("k", List.of(1, 2))).label("Data")));
        cases("label",
                "defaults", app(Label::create),
                "configured", app(() -> Label.create().value(Map.of("cat", 0.25, "dog", 0.75)).numTopClasses(1).label("Pet").color("red")));
        cases("image",
                "a PIL image", app(Image::create),
                "a file path, configured", app(() -> Image.asPath().sources("upload").height(100).width(200).label("Photo")),
                "no download button", app(() -> Image.asPath().showDownloadButton(false)));
        cases("multimodaltextbox",
                "defaults", app(MultimodalTextbox::create),
                "configured", app(() -> MultimodalTextbox.create().fileTypes("image", ".pdf").multipleFiles().placeholder("Ask")
                        .lines(2).maxLines(4).submitButton("Send").stopButton(true).rtl(true).autofocus(true).maxPlainTextLength(500)));
        cases("chatbot",
                "defaults", app(Chatbot::create),
                "configured", app(() -> Chatbot.create().height(300).placeholder("Say hi").editable("user").autoscroll(false)
                        .sanitizeHtml(false).label("Chat")),
                "messages", app(() -> Chatbot.create().value(List.of(ChatMessage.user("hi"), ChatMessage.assistant("hello")))));
        cases("file",
                "single", app(Gr::file),
                "multiple", app(Gr::files),
                "configured", app(() -> Gr.file().fileTypes(".txt", "image").height(120).label("Document")));
        cases("state",
                "a value", app(() -> State.of(5)),
                "a value kept for a time", app(() -> State.of(new ArrayList<>()).timeToLive(Duration.ofSeconds(60))));
        cases("dataset",
                "samples", app(() -> Dataset.of(List.of(Textbox.create(), Gr.number()), List.of(List.of("a", 1.0), List.of("b", 2.0)))),
                "configured", app(() -> Dataset.of(List.of(Textbox.create(), Gr.number()), List.of(List.of("a", 1.0), List.of("b", 2.0)))
                        .label("Pick one").headers("text", "n").samplesPerPage(5)),
                "a click wired to a function", (Supplier<Blocks>) () -> {
                    var number = Gr.number();
                    var data = Dataset.of(List.of(Textbox.create()), List.of(List.of("a"), List.of("b")));
                    data.click(ComponentFixturesTest::pick, data, number);
                    return Blocks.of(number, data);
                });
        cases("loginbutton",
                "defaults", app(LoginButton::create),
                "gradio4j's texts", app(LoginButton::create));
        cases("row",
                "defaults", app(() -> Row.of(Button.create())),
                "configured", app(() -> Row.of(Button.create()).panel().equalHeight(true).elemId("top")));
        cases("column",
                "defaults", app(() -> Column.of(Button.create())),
                "configured", app(() -> Row.of(Column.of(Button.create()).scale(2).minWidth(200).panel())));
        cases("group",
                "defaults", app(() -> Group.of(Button.create())));
        cases("tabs",
                "two tabs", app(() -> Tabs.of(Tab.of("A", Button.create()), Tab.of("B", Button.create()))),
                "configured", app(() -> Tabs.of(Tab.of("A", Button.create()).id("a"),
                        Tab.of("B", Button.create()).id("b").interactive(false)).selected("b")));
        cases("accordion",
                "defaults", app(() -> Accordion.of("More", Button.create())),
                "closed", app(() -> Accordion.of("More", Button.create()).open(false)));
    }

    static Set<String> fixtures() {
        return APPS.keySet();
    }

    /** The differences of every case of a fixture, each case's app launched, read and closed. */
    static List<Difference> differences(String fixture) {
        return DIFFERENCES.computeIfAbsent(fixture, name -> {
            List<Difference> all = new ArrayList<>();
            var recorded = ConfigFixtures.cases(name);
            var apps = APPS.get(name);
            assertThat(apps.keySet()).as("the Java cases of %s, in the recorder's order", name)
                    .containsExactlyElementsOf(recorded.stream().map(c -> (String) c.get("case")).toList());
            for (var recordedCase : recorded) {
                try (var server = apps.get((String) recordedCase.get("case")).get().launch(Launch.options().port(0).quiet(true));
                        var client = new WireClient(server)) {
                    var ours = ConfigFixtures.named(client.config(), client.base(), KNOWN.gradioTypes());
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
