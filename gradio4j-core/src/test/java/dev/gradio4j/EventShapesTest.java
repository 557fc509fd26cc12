package dev.gradio4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The handler shapes every event shares: {@code Gr.on} over several triggers (or every input's
 * change), and the same arities for component events, {@code Interface.of} and
 * {@code ChatInterface}'s additional inputs.
 */
@Timeout(30)
class EventShapesTest {

    static String joined(String a, String b, String c, String d, String e, String f) {
        return String.join("-", a, b, c, d, e, f);
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> dependencies(Map<String, Object> config) {
        return (List<Map<String, Object>>) config.get("dependencies");
    }

    static Object answer(WireClient client, String apiName, Object... data) {
        var response = client.post("/gradio_api/run/" + apiName, Map.of("data", List.of(data)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ((List<?>) WireClient.object(response.body()).get("data")).getFirst();
    }

    @Test
    void onWiresOneHandlerToEveryTriggerItIsGiven() {
        var name = Gr.textbox().elemId("name");
        var greeting = Gr.textbox();
        var button = Gr.button("Greet").elemId("greet");
        Gr.on(List.of(button.onClick(), name.onSubmit()), (String n) -> "Hello, " + n, name, greeting).apiName("greet");
        var app = Blocks.of(name, button, greeting);
        try (Server server = app.launch(Launch.options().port(0).quiet(true)); var client = new WireClient(server)) {
            var config = client.config();
            var greet = dependencies(config).getFirst();
            assertThat(dependencies(config)).hasSize(1);
            assertThat(greet.get("targets")).isEqualTo(List.of(List.of(idOf(config, "greet"), "click"),
                    List.of(idOf(config, "name"), "submit")));
            assertThat(answer(client, "greet", "Ada")).isEqualTo("Hello, Ada");
        }
    }

    @Test
    void onWithNoTriggersFiresOnTheChangeOfEveryInput() {
        var a = Gr.number().elemId("a");
        var b = Gr.number().elemId("b");
        var sum = Gr.number();
        Gr.on(List.of(), (Double x, Double y) -> x + y, a, b, sum);
        try (Server server = Blocks.of(a, b, sum).launch(Launch.options().port(0).quiet(true));
             var client = new WireClient(server)) {
            var config = client.config();
            assertThat(dependencies(config).getFirst().get("targets"))
                    .isEqualTo(List.of(List.of(idOf(config, "a"), "change"), List.of(idOf(config, "b"), "change")));
        }
    }

    @Test
    void onNeedsATriggerOrAnInputThatChanges() {
        var out = Gr.textbox();
        assertThatThrownBy(() -> Gr.on(List.of(), () -> "x", out))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one trigger");
    }

    @Test
    void aTriggerOnAComponentOutsideTheAppIsNamedAtLaunch() {
        var inside = Gr.textbox();
        var outside = Gr.button("Elsewhere");
        Gr.on(List.of(inside.onSubmit(), outside.onClick()), (String s) -> s, inside, inside);
        assertThatThrownBy(() -> Blocks.of(inside).launch(Launch.options().port(0).quiet(true)))
                .hasMessageContaining("click");
    }

    @Test
    void componentEventsAndInterfacesTakeSixTypedInputs() {
        var boxes = List.of(Gr.textbox(), Gr.textbox(), Gr.textbox(), Gr.textbox(), Gr.textbox(), Gr.textbox());
        var out = Gr.textbox();
        var button = Gr.button("Join");
        button.click(EventShapesTest::joined, boxes.get(0), boxes.get(1), boxes.get(2), boxes.get(3), boxes.get(4),
                boxes.get(5), out);
        var children = new java.util.ArrayList<Block<?>>(boxes);
        children.add(button);
        children.add(out);
        try (Server server = Blocks.of(children.toArray(Block<?>[]::new)).launch(Launch.options().port(0).quiet(true));
             var client = new WireClient(server)) {
            assertThat(answer(client, "joined", "a", "b", "c", "d", "e", "f")).isEqualTo("a-b-c-d-e-f");
        }
        var app = Interface.of(EventShapesTest::joined, Gr.textbox(), Gr.textbox(), Gr.textbox(), Gr.textbox(),
                Gr.textbox(), Gr.textbox(), Gr.textbox());
        try (Server server = app.launch(Launch.options().port(0).quiet(true)); var client = new WireClient(server)) {
            assertThat(answer(client, "joined", "1", "2", "3", "4", "5", "6")).isEqualTo("1-2-3-4-5-6");
        }
    }

    @Test
    void aChatTakesSixAdditionalInputs() {
        var chat = ChatInterface.of((String message, List<ChatMessage> history, String a, String b, String c, String d,
                                     String e, String f) -> message + ":" + joined(a, b, c, d, e, f),
                Gr.textbox(), Gr.textbox(), Gr.textbox(), Gr.textbox(), Gr.textbox(), Gr.textbox()).apiName("chat");
        try (Server server = chat.launch(Launch.options().port(0).quiet(true)); var client = new WireClient(server)) {
            assertThat(answer(client, "chat", "hi", "1", "2", "3", "4", "5", "6")).isEqualTo("hi:1-2-3-4-5-6");
        }
    }

    /** The config id of the component with this elem_id. */
    @SuppressWarnings("unchecked")
    private static Object idOf(Map<String, Object> config, String elemId) {
        return ((List<Map<String, Object>>) config.get("components")).stream()
                .filter(c -> elemId.equals(((Map<String, Object>) c.get("props")).get("elem_id")))
                .findFirst().orElseThrow(() -> new AssertionError("no component " + elemId)).get("id");
    }
}
