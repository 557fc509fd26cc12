package dev.gradio4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code Interface}: the app it lays out (inputs, Clear and Submit, outputs, title, description,
 * examples, article), its endpoint named after the function, and Gradio's string shortcuts.
 */
@Timeout(30)
class InterfaceTest {

    static String greet(String name) {
        return "Hello, " + name + "!";
    }

    static Stream<String> countdown(Double from) {
        return Stream.iterate(from.intValue(), n -> n >= 0, n -> n - 1).map(String::valueOf);
    }

    static String countdownOnce(Double from) {
        return countdown(from).collect(java.util.stream.Collectors.joining(" "));
    }

    /** A served interface, its client and config, closed together. */
    record Served(Server server, WireClient client, Map<String, Object> config) implements AutoCloseable {
        static Served of(Interface app) {
            Server server = app.launch(Launch.options().port(0).quiet(true));
            WireClient client = new WireClient(server);
            return new Served(server, client, client.config());
        }

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> components() {
            return (List<Map<String, Object>>) config.get("components");
        }

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> dependencies() {
            return (List<Map<String, Object>>) config.get("dependencies");
        }

        List<Map<String, Object>> ofType(String type) {
            return components().stream().filter(c -> type.equals(c.get("type"))).toList();
        }

        Map<String, Object> button(String text) {
            return ofType("button").stream().filter(c -> text.equals(props(c).get("value"))).findFirst()
                    .orElseThrow(() -> new AssertionError("no button " + text));
        }

        Map<String, Object> endpoint(String apiName) {
            return dependencies().stream().filter(d -> apiName.equals(d.get("api_name"))).findFirst()
                    .orElseThrow(() -> new AssertionError("no endpoint " + apiName));
        }

        @Override
        public void close() {
            client.close();
            server.close();
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> props(Map<String, Object> component) {
        return (Map<String, Object>) component.get("props");
    }

    @Test
    void aTitleIsShownAsWrittenNotReadAsMarkup() {
        var app = Interface.of(InterfaceTest::greet, Gr.textbox(), Gr.textbox()).title("Q&A <beta>");
        try (var served = Served.of(app)) {
            assertThat(served.config()).containsEntry("title", "Q&A <beta>");
            assertThat((String) props(served.ofType("markdown").getFirst()).get("value")).contains(">Q&amp;A &lt;beta&gt;</h1>");
        }
    }

    @Test
    void itLaysOutTheFunctionWithSubmitClearTitleDescriptionExamplesAndArticle() {
        var name = Gr.textbox().label("name");
        var greeting = Gr.textbox().label("greeting");
        var app = Interface.of(InterfaceTest::greet, name, greeting)
                .title("Greeter").description("Says *hello*.").article("Made with gradio4j.").examples("World", "Moon");
        try (var served = Served.of(app)) {
            assertThat(served.config()).containsEntry("mode", "interface").containsEntry("title", "Greeter");
            var markdown = served.ofType("markdown").stream().map(c -> (String) props(c).get("value")).toList();
            assertThat(markdown).hasSize(3);
            assertThat(markdown.get(0)).contains("Greeter");
            assertThat(markdown.get(1)).isEqualTo("Says *hello*.");
            assertThat(markdown.get(2)).isEqualTo("Made with gradio4j.");

            var submit = served.button("Submit");
            assertThat(props(submit)).containsEntry("variant", "primary");
            var clear = served.button("Clear");
            var dataset = served.ofType("dataset");
            assertThat(dataset).singleElement().satisfies(d -> assertThat(props(d))
                    .containsEntry("samples", List.of(List.of("World"), List.of("Moon"))));

            var run = served.endpoint("greet");
            int nameId = served.components().stream().filter(c -> "name".equals(props(c).get("label")))
                    .map(c -> (Integer) c.get("id")).findFirst().orElseThrow();
            int greetingId = served.components().stream().filter(c -> "greeting".equals(props(c).get("label")))
                    .map(c -> (Integer) c.get("id")).findFirst().orElseThrow();
            assertThat(run).containsEntry("inputs", List.of(nameId)).containsEntry("outputs", List.of(greetingId))
                    .containsEntry("api_visibility", "public");
            assertThat(run.get("targets")).as("Submit's click and Enter in the textbox")
                    .isEqualTo(List.of(List.of(submit.get("id"), "click"), List.of(nameId, "submit")));
            assertThat(served.dependencies()).anySatisfy(d -> assertThat(d.get("targets"))
                    .isEqualTo(List.of(List.of(clear.get("id"), "click"))));

            var info = WireClient.object(served.client().get("/gradio_api/info").body());
            assertThat(info.get("named_endpoints")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP).containsOnlyKeys("/greet");

            var response = served.client().post("/gradio_api/run/greet", Map.of("data", List.of("Ada")));
            assertThat(WireClient.object(response.body()).get("data")).isEqualTo(List.of("Hello, Ada!"));
        }
    }

    @Test
    void theApiNameDefaultsToTheMethodNameAndCanBeSet() {
        try (var served = Served.of(Interface.of(InterfaceTest::greet, Gr.textbox(), Gr.textbox()))) {
            assertThat(served.endpoint("greet")).containsEntry("backend_fn", true);
        }
        try (var served = Served.of(Interface.of((String s) -> s, Gr.textbox(), Gr.textbox()))) {
            assertThat(served.endpoint("lambda")).containsEntry("backend_fn", true);
        }
        try (var served = Served.of(Interface.of(InterfaceTest::greet, Gr.textbox(), Gr.textbox()).apiName("hello"))) {
            assertThat(served.endpoint("hello")).containsEntry("backend_fn", true);
            assertThat(served.dependencies()).noneMatch(d -> "greet".equals(d.get("api_name")));
        }
    }

    @Test
    void stringShortcutsMapToTheirComponents() {
        Fn.Dynamic fn = args -> List.of(Map.of(String.valueOf(args.get(0)), 1.0), args);
        var inputs = List.of("text", "textarea", "number", "slider", "checkbox", "image", "file", "files", "json", "html", "markdown",
                "colorpicker");
        var app = Interface.of(fn, inputs, List.of("label", "json"));
        try (var served = Served.of(app)) {
            var run = served.endpoint("lambda");
            @SuppressWarnings("unchecked")
            var inputIds = (List<Integer>) run.get("inputs");
            var byId = served.components().stream().collect(java.util.stream.Collectors.toMap(c -> (Integer) c.get("id"), c -> c));
            assertThat(inputIds.stream().map(id -> byId.get(id).get("type")))
                    .containsExactly("textbox", "textbox", "number", "slider", "checkbox", "image", "file", "file", "json", "html", "markdown",
                            "colorpicker");
            assertThat(props(byId.get(inputIds.get(1)))).as("textarea").containsEntry("lines", 7);
            assertThat(props(byId.get(inputIds.get(7)))).as("files").containsEntry("file_count", "multiple");
            @SuppressWarnings("unchecked")
            var outputIds = (List<Integer>) run.get("outputs");
            assertThat(outputIds.stream().map(id -> byId.get(id).get("type"))).containsExactly("label", "json");
        }
        assertThatThrownBy(() -> Interface.of(fn, List.of("textbx"), List.of("text")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("textbx").hasMessageContaining("textbox");
    }

    @Test
    void aStateShortcutInBothInputsAndOutputsIsOneSessionState() {
        Fn.Dynamic remember = args -> {
            String joined = (args.get(1) == null ? "" : args.get(1) + ",") + args.get(0);
            return List.of(joined, joined);   // shown, and kept as the session's state
        };
        var app = Interface.of(remember, List.of("text", "state"), List.of("text", "state"));
        try (var served = Served.of(app)) {
            assertThat(served.ofType("state")).hasSize(1);
            String session = WireClient.newSession();
            for (String word : List.of("a", "b")) {
                served.client().post("/gradio_api/run/lambda", Map.of("data", List.of(word), "session_hash", session));
            }
            var response = served.client().post("/gradio_api/run/lambda", Map.of("data", List.of("c"), "session_hash", session));
            assertThat(WireClient.object(response.body()).get("data")).isEqualTo(java.util.Arrays.asList("a,b,c", null));
        }
    }

    @Test
    void aStreamingInterfaceGetsAHiddenStopButtonThatTakesSubmitsPlaceWhileARunGoesAndCancelsIt() {
        var app = Interface.of(InterfaceTest::countdown, Gr.number(), Gr.textbox().streaming());
        try (var served = Served.of(app)) {
            var stop = served.button("Stop");
            var submit = served.button("Submit");
            assertThat(props(stop)).containsEntry("variant", "stop").containsEntry("visible", false);
            List<Object> swapped = List.of(submit.get("id"), stop.get("id"));
            var started = served.endpoint("lambda");
            assertThat(started).containsEntry("outputs", swapped).containsEntry("queue", false)
                    .containsEntry("api_visibility", "undocumented");
            assertThat((List<?>) started.get("targets")).first().isEqualTo(List.of(submit.get("id"), "click"));
            var run = served.endpoint("countdown");
            assertThat(run).containsEntry("types", Map.of("generator", true, "cancel", false))
                    .containsEntry("trigger_after", started.get("id")).containsEntry("trigger_only_on_success", false);
            assertThat(served.endpoint("cleanup")).containsEntry("trigger_after", run.get("id")).containsEntry("outputs", swapped);
            var stopClicks = served.dependencies().stream()
                    .filter(d -> List.of(List.of(stop.get("id"), "click")).equals(d.get("targets"))).toList();
            assertThat(stopClicks).hasSize(2);
            assertThat(stopClicks.get(0)).containsEntry("api_name", "cleanup_1").containsEntry("outputs", swapped);
            assertThat(stopClicks.get(1)).containsEntry("cancels", List.of(run.get("id"))).containsEntry("backend_fn", false)
                    .containsEntry("types", Map.of("generator", false, "cancel", true));
        }
    }

    @Test
    void aFunctionThatDoesNotStreamAndALiveInterfaceHaveNoStopButton() {
        for (var app : List.of(Interface.of(InterfaceTest::countdownOnce, Gr.number(), Gr.textbox()),
                Interface.of(InterfaceTest::countdown, Gr.number(), Gr.textbox().streaming()).live(true))) {
            try (var served = Served.of(app)) {
                assertThat(served.ofType("button").stream().map(button -> props(button).get("value"))).doesNotContain("Stop");
            }
        }
    }

    static String quote() {
        return "Simplicity is prerequisite for reliability.";
    }

    @SuppressWarnings("unchecked")
    static List<Object> triggerOf(Map<String, Object> dependency) {
        return ((List<List<Object>>) dependency.get("targets")).getFirst();
    }

    @Test
    void anInterfaceWithoutInputsHasGenerateAndALiveOneAlsoRunsWhenThePageLoads() {
        try (var served = Served.of(Interface.of(InterfaceTest::quote, Gr.textbox()).submitLabel("Ignored").live(true))) {
            var generate = served.button("Generate");
            assertThat(served.ofType("button").stream().map(b -> props(b).get("value"))).containsExactly("Clear", "Generate", "Flag");
            assertThat(triggerOf(served.endpoint("quote")).get(1)).isEqualTo("load");
            assertThat(triggerOf(served.endpoint("quote_1"))).isEqualTo(List.of(generate.get("id"), "click"));
        }
    }

    @Test
    void theStopAndClearLabelsNameTheirButtonsAndNoClearLabelHidesClear() {
        var app = Interface.of(InterfaceTest::countdown, Gr.number(), Gr.textbox().streaming()).stopLabel("Halt").clearLabel(null);
        try (var served = Served.of(app)) {
            assertThat(props(served.button("Halt"))).containsEntry("variant", "stop").containsEntry("visible", false);
            assertThat(props(served.button("Clear"))).containsEntry("visible", false);
        }
        assertThatThrownBy(() -> app.stopLabel(null)).isInstanceOf(NullPointerException.class).hasMessageContaining("Stop button");
    }

    @Test
    void aStreamingInterfacesAutomaticFlagFollowsTheStepThatBringsSubmitBackSoFailedRunsAreFlaggedToo(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        var app = Interface.of(InterfaceTest::countdown, Gr.number(), Gr.textbox().streaming()).flaggingMode(FlaggingMode.AUTO).flaggingDir(dir);
        try (var served = Served.of(app)) {
            var cleanup = served.endpoint("cleanup");
            assertThat(served.endpoint("Flag")).containsEntry("trigger_after", cleanup.get("id")).containsEntry("trigger_only_on_success", true);
        }
    }

    @Test
    void anInterfaceWhoseInputsAreItsOutputsHasOneColumnAndFlagsEachComponentOnce(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        Textbox box = Gr.textbox();
        try (var served = Served.of(Interface.of(InterfaceTest::greet, box, box).flaggingDir(dir))) {
            Object boxId = served.ofType("textbox").getFirst().get("id");
            assertThat(served.ofType("textbox")).hasSize(1);
            assertThat(served.ofType("column")).hasSize(2); // the column of buttons and box, the box's own column
            assertThat(served.endpoint("Flag")).containsEntry("inputs", List.of(boxId));
            assertThat(served.endpoint("greet")).containsEntry("inputs", List.of(boxId)).containsEntry("outputs", List.of(boxId));
        }
    }

    @Test
    void anInterfaceWithoutOutputsHasNoOutputColumnAndNoFlagButton() {
        try (var served = Served.of(Interface.of(InterfaceTest::greet, Gr.textbox(), null))) {
            assertThat(served.ofType("button").stream().map(b -> props(b).get("value"))).containsExactly("Clear", "Submit");
            assertThat(served.ofType("column")).hasSize(2);
            assertThat(served.endpoint("greet")).containsEntry("outputs", List.of());
        }
    }

    @Test
    void anInterfaceWithNeitherInputsNorOutputsIsRefused() {
        Fn.Dynamic nothing = args -> null;
        assertThatThrownBy(() -> Interface.of(nothing, List.of(), List.of()).toBlocks())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one input or one output");
    }
}
