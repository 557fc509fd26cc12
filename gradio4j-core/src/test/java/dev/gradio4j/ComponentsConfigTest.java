package dev.gradio4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * What each component puts in {@code /config}: its type, its props in Gradio's names (label,
 * value, choices, interactive, visible, elem_id, elem_classes and its own), and whether it is
 * part of the API.
 */
@Timeout(30)
class ComponentsConfigTest {
    static Server server;
    static WireClient client;
    static Map<String, Object> config;

    @BeforeAll
    static void start() {
        var textbox = Gr.textbox().label("Name").info("Your name").value("World").placeholder("type here").lines(3)
                .maxLines(5).maxLength(40).password().elemId("textbox").elemClasses("wide", "bold").interactive(true);
        var number = Gr.number().label("Age").value(42.0).minimum(0).maximum(120).precision(0).step(2).elemId("number");
        var slider = Gr.slider(0, 10).step(0.5).value(2.5).label("Level").elemId("slider");
        var defaultSlider = Gr.slider(2, 8).elemId("slider-default");
        var checkbox = Gr.checkbox().label("Agree").elemId("checkbox");
        var checkboxGroup = CheckboxGroup.of("a", "b", "c").value(List.of("b")).elemId("checkbox-group");
        var radio = Radio.of("x", "y").value("y").visible(false).elemId("radio");
        var dropdown = Dropdown.of("red", "green").value("green").allowCustomValue(true).elemId("dropdown");
        var multiselect = Dropdown.multiselect("p", "q", "r").maxChoices(2).elemId("multiselect");
        var button = Button.of("Go").variant(ButtonVariant.PRIMARY).size("lg").elemId("button");
        State<Integer> state = State.of(12345);
        var clear = ClearButton.of(textbox, number, checkbox, checkboxGroup, state).elemId("clear");
        var markdown = Markdown.of("# Title").rtl(true).elemId("markdown");
        var html = Html.of("<b>bold</b>").elemId("html");
        var json = Json.create().value(Map.of("k", List.of(1, 2))).openDepth(1).elemId("json");
        var label = Label.create().value(Map.of("cat", 0.25, "dog", 0.75)).numTopClasses(1).elemId("label");
        BufferedImage pixel = new BufferedImage(2, 1, BufferedImage.TYPE_INT_RGB);
        pixel.setRGB(1, 0, 0xFF0000);
        var image = Gr.image().value(pixel).height(100).sources("upload").elemId("image");
        var imagePath = Image.asPath().elemId("image-path");
        var imageBytes = Image.asBytes().elemId("image-bytes");
        var file = Gr.file().fileTypes(".txt", "image").elemId("file");
        var files = Gr.files().elemId("files");
        var dataset = Dataset.of(List.of(textbox, number), List.of(List.of("a", 1.0), List.of("b", 2.0)))
                .headers("text", "n").samplesPerPage(5).elemId("dataset");
        var examples = Examples.of(textbox, "World", "Moon").elemId("examples");
        button.click((String s, Integer n) -> s + n, textbox, state, textbox);
        server = Blocks.of(textbox, number, slider, defaultSlider, checkbox, checkboxGroup, radio, dropdown, multiselect,
                        button, clear, markdown, html, json, label, image, imagePath, imageBytes, file, files, dataset, examples)
                .launch(Launch.options().port(0).quiet(true));
        client = new WireClient(server);
        config = client.config();
    }

    @AfterAll
    static void stop() {
        client.close();
        server.close();
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> components() {
        return (List<Map<String, Object>>) config.get("components");
    }

    static Map<String, Object> component(String elemId) {
        return components().stream().filter(c -> elemId.equals(props(c).get("elem_id"))).findFirst()
                .orElseThrow(() -> new AssertionError("no component with elem_id " + elemId));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> props(Map<String, Object> component) {
        return (Map<String, Object>) component.get("props");
    }

    static Map<String, Object> props(String elemId) {
        return props(component(elemId));
    }

    static List<List<String>> pairs(String... choices) {
        List<List<String>> pairs = new ArrayList<>();
        for (String choice : choices) {
            pairs.add(List.of(choice, choice));
        }
        return pairs;
    }

    @Test
    void textboxCarriesItsCommonAndOwnProps() {
        var textbox = component("textbox");
        assertThat(textbox).containsEntry("type", "textbox").containsEntry("skip_api", false)
                .containsEntry("api_info", Map.of("type", "string"));
        assertThat(props(textbox)).containsEntry("label", "Name").containsEntry("info", "Your name")
                .containsEntry("value", "World").containsEntry("placeholder", "type here").containsEntry("lines", 3)
                .containsEntry("max_lines", 5).containsEntry("max_length", 40).containsEntry("type", "password")
                .containsEntry("elem_classes", List.of("wide", "bold")).containsEntry("interactive", true)
                .containsEntry("visible", true).containsEntry("name", "textbox");
    }

    @Test
    void unsetOptionsAreLeftOutAsGradioLeavesOutNone() {
        assertThat(props("checkbox")).doesNotContainKeys("interactive", "info", "scale");
        assertThat(props("html")).doesNotContainKey("label");
    }

    @Test
    void numbersAndSliders() {
        assertThat(component("number")).containsEntry("type", "number");
        assertThat(props("number")).containsEntry("label", "Age").containsEntry("value", 42).containsEntry("minimum", 0.0)
                .containsEntry("maximum", 120.0).containsEntry("precision", 0).containsEntry("step", 2.0);
        assertThat(component("slider")).containsEntry("type", "slider");
        assertThat(props("slider")).containsEntry("minimum", 0.0).containsEntry("maximum", 10.0).containsEntry("step", 0.5)
                .containsEntry("value", 2.5).containsEntry("label", "Level");
        assertThat(props("slider-default")).as("a slider starts at its minimum; its step is Gradio's default").containsEntry("value", 2.0).containsEntry("step", 0.01);
    }

    @Test
    void choiceComponentsSendChoicesAsLabelValuePairs() {
        assertThat(props("checkbox")).containsEntry("value", false).containsEntry("label", "Agree");
        assertThat(component("checkbox-group")).containsEntry("type", "checkboxgroup");
        assertThat(props("checkbox-group")).containsEntry("choices", pairs("a", "b", "c")).containsEntry("value", List.of("b"));
        assertThat(component("radio")).containsEntry("type", "radio");
        assertThat(props("radio")).containsEntry("choices", pairs("x", "y")).containsEntry("value", "y").containsEntry("visible", false);
        assertThat(component("dropdown")).containsEntry("type", "dropdown");
        assertThat(props("dropdown")).containsEntry("choices", pairs("red", "green")).containsEntry("value", "green")
                .containsEntry("multiselect", false).containsEntry("allow_custom_value", true);
        assertThat(props("multiselect")).containsEntry("multiselect", true).containsEntry("max_choices", 2)
                .containsEntry("value", List.of());
        assertThat(component("multiselect")).extracting("api_info").asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .containsEntry("type", "array");
    }

    @Test
    void buttonsAreNotPartOfTheApi() {
        assertThat(component("button")).containsEntry("type", "button").containsEntry("skip_api", true).doesNotContainKey("api_info");
        assertThat(props("button")).containsEntry("value", "Go").containsEntry("variant", "primary").containsEntry("size", "lg");
        assertThat(component("clear")).containsEntry("type", "button");
        assertThat(props("clear")).containsEntry("value", "Clear");
    }

    @Test
    @SuppressWarnings("unchecked")
    void clearButtonEmptiesItsTargetsInTheBrowserAndResetsStateOnTheServer() {
        int clearId = (Integer) component("clear").get("id");
        var dependencies = ((List<Map<String, Object>>) config.get("dependencies")).stream()
                .filter(d -> ((List<List<Object>>) d.get("targets")).contains(List.of(clearId, "click"))).toList();
        assertThat(dependencies).hasSize(2);

        var browser = dependencies.get(0);
        assertThat(browser).containsEntry("backend_fn", false).containsEntry("queue", false).containsEntry("api_visibility", "private");
        // textbox, number, checkbox, checkbox group, state: each component's empty value.
        assertThat((String) browser.get("js")).isEqualTo("() => [null, null, false, [], null]");

        var server = dependencies.get(1);
        int stateId = components().stream().filter(c -> "state".equals(c.get("type"))).map(c -> (Integer) c.get("id")).findFirst().orElseThrow();
        assertThat(server).containsEntry("backend_fn", true).containsEntry("api_visibility", "private")
                .containsEntry("outputs", List.of(stateId));
    }

    @Test
    void stateIsListedButItsValueNeverReachesTheBrowser() {
        var state = components().stream().filter(c -> "state".equals(c.get("type"))).findFirst().orElseThrow();
        assertThat(state).containsEntry("skip_api", true);
        assertThat(props(state)).doesNotContainKey("value");
        assertThat(WireClient.json(config)).doesNotContain("12345");
        assertThat(config).containsEntry("connect_heartbeat", true);
    }

    @Test
    void displayComponents() {
        assertThat(component("markdown")).containsEntry("type", "markdown");
        assertThat(props("markdown")).containsEntry("value", "# Title").containsEntry("rtl", true).containsEntry("sanitize_html", true);
        assertThat(component("html")).containsEntry("type", "html");
        assertThat(props("html")).containsEntry("value", "<b>bold</b>");
        assertThat(component("json")).containsEntry("type", "json");
        assertThat(props("json")).containsEntry("value", Map.of("k", List.of(1, 2))).containsEntry("open", 1);
        assertThat(component("label")).containsEntry("type", "label");
        assertThat(props("label")).containsEntry("num_top_classes", 1)
                .containsEntry("value", Map.of("label", "dog", "confidences", List.of(Map.of("label", "dog", "confidence", 0.75))));
    }

    @Test
    @SuppressWarnings("unchecked")
    void imagesSayWhichValueTheHandlerGetsAndAnInitialImageIsServed() throws Exception {
        assertThat(component("image")).containsEntry("type", "image");
        assertThat(props("image")).containsEntry("type", "pil").containsEntry("height", 100).containsEntry("sources", List.of("upload"));
        assertThat(props("image-path")).containsEntry("type", "filepath");
        assertThat(props("image-bytes")).containsEntry("type", "binary");
        assertThat((Map<String, Object>) component("image").get("api_info")).containsEntry("title", "FileData");

        var value = (Map<String, Object>) props("image").get("value");
        assertThat(value).containsEntry("meta", Map.of("_type", "gradio.FileData")).containsEntry("mime_type", "image/png");
        String url = (String) value.get("url");
        assertThat(url).as("absolute, under this server").startsWith(client.base() + "/gradio_api/file=");
        var png = HttpRequest.newBuilder(URI.create(url)).GET().build();
        try (var http = java.net.http.HttpClient.newHttpClient()) {
            byte[] bytes = http.send(png, HttpResponse.BodyHandlers.ofByteArray()).body();
            BufferedImage served = ImageIO.read(new ByteArrayInputStream(bytes));
            assertThat(served.getWidth()).isEqualTo(2);
            assertThat(served.getRGB(1, 0) & 0xFFFFFF).isEqualTo(0xFF0000);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void filesSayHowManyAndWhichTypes() {
        assertThat(component("file")).containsEntry("type", "file");
        assertThat(props("file")).containsEntry("file_count", "single").containsEntry("file_types", List.of(".txt", "image"));
        assertThat(props("files")).containsEntry("file_count", "multiple");
        assertThat((Map<String, Object>) component("files").get("api_info")).containsEntry("type", "array");
    }

    @Test
    @SuppressWarnings("unchecked")
    void datasetsAndExamplesCarryTheirSamplesAsPayloads() {
        assertThat(component("dataset")).containsEntry("type", "dataset").containsEntry("skip_api", false)
                .containsEntry("example_inputs", 0);
        assertThat(props("dataset")).containsEntry("components", List.of(Map.of("name", "textbox", "class_id", "textbox"),
                        Map.of("name", "number", "class_id", "number")))
                .containsEntry("samples", List.of(List.of("a", 1), List.of("b", 2)))
                .containsEntry("headers", List.of("text", "n")).containsEntry("samples_per_page", 5)
                .containsEntry("label", "Examples");

        assertThat((List<Map<String, Object>>) props("dataset").get("component_props")).as("each sample component's props, less the value")
                .hasSize(2).allSatisfy(own -> assertThat(own).doesNotContainKey("value").containsEntry("min_width", 160));
        assertThat(props("examples")).containsEntry("components", List.of(Map.of("name", "textbox", "class_id", "textbox")))
                .containsEntry("samples", List.of(List.of("World"), List.of("Moon")));
        int examplesId = (Integer) component("examples").get("id");
        var load = ((List<Map<String, Object>>) config.get("dependencies")).stream()
                .filter(d -> ((List<List<Object>>) d.get("targets")).contains(List.of(examplesId, "click"))).findFirst().orElseThrow();
        assertThat(load).containsEntry("api_name", "load_example").containsEntry("api_visibility", "undocumented")
                .containsEntry("queue", false).containsEntry("inputs", List.of(examplesId))
                .containsEntry("outputs", List.of(component("textbox").get("id")));
    }

    @SuppressWarnings("unchecked")
    private static void placedIds(Map<String, Object> node, List<Object> ids) {
        for (Map<String, Object> child : (List<Map<String, Object>>) node.getOrDefault("children", List.of())) {
            ids.add(child.get("id"));
            placedIds(child, ids);
        }
    }

    @Test
    void theFormInputsOfALayoutShareAFormAsInGradio() {
        @SuppressWarnings("unchecked")
        var top = (List<Map<String, Object>>) ((Map<String, Object>) config.get("layout")).get("children");
        var form = components().stream().filter(c -> "form".equals(c.get("type"))).findFirst().orElseThrow();
        var node = top.stream().filter(n -> n.get("id").equals(form.get("id"))).findFirst().orElseThrow();
        @SuppressWarnings("unchecked")
        var inside = ((List<Map<String, Object>>) node.get("children")).stream().map(n -> n.get("id")).toList();
        assertThat(inside).contains(component("textbox").get("id"));
        assertThat(top.stream().map(n -> n.get("id")).toList()).doesNotContain(component("textbox").get("id"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyComponentIdAppearsOnceAndTheLayoutPlacesThem() {
        var ids = components().stream().map(c -> c.get("id")).toList();
        assertThat(ids).doesNotHaveDuplicates();
        var layout = (Map<String, Object>) config.get("layout");
        List<Object> placed = new java.util.ArrayList<>();
        placedIds(layout, placed);
        assertThat(placed).contains(component("textbox").get("id"), component("examples").get("id"));
        assertThat(placed).as("each block placed once").doesNotHaveDuplicates();
        for (var dependency : (List<Map<String, Object>>) config.get("dependencies")) {
            assertThat(ids).as("dependency %s", dependency.get("api_name"))
                    .containsAll((List<Object>) dependency.get("inputs")).containsAll((List<Object>) dependency.get("outputs"));
        }
    }
}
