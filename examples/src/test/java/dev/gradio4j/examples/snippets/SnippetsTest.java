package dev.gradio4j.examples.snippets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradio4j.ChatMessage;
import dev.gradio4j.Label;
import dev.gradio4j.Launch;
import dev.gradio4j.Reload;
import dev.gradio4j.Server;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Javadoc's examples are not only compiled: the apps they build serve, and their handlers
 * answer as the Javadoc says. Each test launches its app on a free port and runs its events
 * through {@code /gradio_api/run}. (The examples that launch on a fixed port, log in or reach a
 * model are only compiled.)
 */
@Timeout(30)
class SnippetsTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void theAdderAddsItsTwoNumbers() {
        try (var app = App.launch(BlocksSnippets.adder()::launch)) {
            assertThat(app.config().toString()).contains("\"title\":\"Adder\"");
            assertThat(app.run("add", 2, 3).get(0).asDouble()).isEqualTo(5.0);
        }
    }

    @Test
    void theCalculatorCalculatesAndOffersItsExamples() {
        try (var app = App.launch(BlocksSnippets.calculator()::launch)) {
            assertThat(app.run("calculate", 6, "*", 7).get(0).asDouble()).isEqualTo(42.0);
            JsonNode examples = app.component("dataset");
            assertThat(examples.get("props").get("samples").toString()).isEqualTo("[[1,\"+\",2],[3,\"*\",4]]");
        }
    }

    @Test
    void theCalculatorsResultIsRecordedByTheFollowUpEvent() {
        try (var app = App.launch(BlocksSnippets.recordingCalculator()::launch)) {
            JsonNode dependencies = app.config().get("dependencies");
            assertThat(dependencies.get(0).get("api_name").asString()).isEqualTo("calculate");
            assertThat(dependencies.get(1).get("api_name").asString()).isEqualTo("record");
            assertThat(dependencies.get(1).get("trigger_after").asInt()).as("record runs after calculate").isEqualTo(0);

            assertThat(app.run("calculate", 1, "+", 2).get(0).asDouble()).isEqualTo(3.0);
            assertThat(app.run("record", 3.0, "1.0\n").get(0).asString()).isEqualTo("1.0\n3.0\n");
        }
    }

    @Test
    void theTabsHoldTheirComponents() {
        try (var app = App.launch(BlocksSnippets.tabs()::launch)) {
            assertThat(app.components("tabitem")).extracting(tab -> tab.get("props").get("label").asString())
                    .containsExactly("Text", "Image");
            assertThat(app.run("shout", "hi").get(0).asString()).isEqualTo("HI");
        }
    }

    @Test
    void aHandlerIsGivenTheRequest() {
        try (var app = App.launch(BlocksSnippets.shortcuts()::launch)) {
            assertThat(app.components("file")).hasSize(1);
            assertThat(app.run("lambda", 2).get(0).asString()).isEqualTo("2.0 from 127.0.0.1");
        }
    }

    @Test
    void theComponentsHaveTheirOptionsAndTheMessageBoxIsAnswered() {
        try (var app = App.launch(ComponentSnippets.app()::launch)) {
            assertThat(app.componentById(app.componentId("textbox", "Name")).get("props").get("placeholder").asString())
                    .isEqualTo("Your name");
            JsonNode slider = app.component("slider").get("props");
            assertThat(List.of(slider.get("minimum").asDouble(), slider.get("maximum").asDouble(),
                    slider.get("step").asDouble(), slider.get("value").asDouble())).containsExactly(0.0, 2.0, 0.1, 0.7);
            assertThat(app.component("multimodaltextbox").get("props").get("file_types").toString())
                    .isEqualTo("[\"image\",\".pdf\"]");
            assertThat(app.run("answer", Map.of("text", "hi", "files", List.of())).get(0).asString())
                    .isEqualTo("0 file(s) and \"hi\"");
        }
    }

    @Test
    void theClearButtonEmptiesTheMessageAndTheChatbot() {
        try (var app = App.launch(ComponentSnippets.app()::launch)) {
            int message = app.componentId("textbox", "Message");
            int chatbot = app.component("chatbot").get("id").asInt();
            int clear = app.componentId("button", null);
            JsonNode clearing = app.dependencyOf(clear, "click");
            assertThat(clearing.get("outputs").toString()).isEqualTo("[" + message + "," + chatbot + "]");
        }
    }

    @Test
    void theInterfacesRunTheirFunctions() {
        var white = new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB);
        var graphics = white.createGraphics();
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, 2, 2);
        graphics.dispose();

        assertThat(new Color(InterfaceSnippets.Filters.sepia(white).getRGB(0, 0))).isEqualTo(new Color(255, 255, 238));
        assertThat(InterfaceSnippets.Classifier.classify(white)).containsEntry("light", 1.0).containsEntry("dark", 0.0);

        try (var app = App.launch(InterfaceSnippets.sepiaApp()::launch)) {
            assertThat(app.components("image")).hasSize(2);
            assertThat(app.dependency("sepia")).isNotNull();
        }
        try (var app = App.launch(InterfaceSnippets.classifierApp()::launch)) {
            assertThat(app.component("label").get("props").get("num_top_classes").asInt()).isEqualTo(3);
            assertThat(app.dependency("classify")).isNotNull();
        }
    }

    @Test
    void eachSessionRemembersInAListOfItsOwn() {
        try (var app = App.launch(HandlerSnippets.counter()::launch)) {
            String one = UUID.randomUUID().toString();
            String two = UUID.randomUUID().toString();
            assertThat(app.runIn(one, "remember", "a").get(1).asString()).isEqualTo("a");
            assertThat(app.runIn(one, "remember", "b").get(1).asString()).isEqualTo("a, b");
            assertThat(app.runIn(two, "remember", "c").get(1).asString()).isEqualTo("c");
            assertThat(app.components("state")).as("the count and the history").hasSize(2);
        }
    }

    @Test
    void aRecordFillsTwoOutputs() {
        try (var app = App.launch(HandlerSnippets.twoOutputs()::launch)) {
            JsonNode data = app.run("lambda", "hi");
            assertThat(data.get(0).asString()).isEqualTo("HI");
            assertThat(data.get(1).asDouble()).isEqualTo(1.0);
        }
    }

    @Test
    void updatesSetOneOutputAndShowAnother() {
        try (var app = App.launch(HandlerSnippets.reveal()::launch)) {
            assertThat(app.componentById(app.dependency("reveal").get("outputs").get(1).asInt())
                    .get("props").get("visible").asBoolean()).as("hidden at first").isFalse();
            JsonNode data = app.run("reveal");
            assertThat(data.get(0).asDouble()).isEqualTo(42.0);
            assertThat(data.get(1).get("visible").asBoolean()).isTrue();
            assertThat(data.get(1).get("label").asString()).isEqualTo("Details");
        }
    }

    @Test
    void theSlowHandlerFinishes() {
        try (var app = App.launch(HandlerSnippets.progress()::launch)) {
            assertThat(app.run("lambda", 3).get(0).asString()).isEqualTo("finished");
        }
    }

    @Test
    void theGeneratorStreamsTheGrowingAnswer() {
        try (var app = App.launch(HandlerSnippets.generator()::launch)) {
            assertThat(app.run("lambda", "hello world").get(0).asString()).isEqualTo("You said: hello world ");
        }
    }

    @Test
    void aBlankInputIsRefusedWithTheMessage() {
        try (var app = App.launch(HandlerSnippets.shouter()::launch)) {
            assertThat(app.run("shout", "hi").get(0).asString()).isEqualTo("HI");
            HttpResponse<String> refused = app.post("/gradio_api/run/shout", Map.of("data", List.of(" ")));
            assertThat(refused.statusCode()).isEqualTo(500);
            assertThat(refused.body()).contains("Please type something first.");
        }
    }

    @Test
    void theChatPassesTheTemperatureAfterTheHistory() {
        try (var app = App.launch(ChatSnippets.withTemperature()::launch)) {
            JsonNode slider = app.component("slider").get("props");
            assertThat(slider.get("label").asString()).isEqualTo("Temperature");
            assertThat(slider.get("step").asDouble()).isEqualTo(0.1);
            assertThat(app.run("lambda", "hi", 0.5).toString()).contains("At temperature 0.5, after 0 messages: hi");
        }
    }

    @Test
    void theMessagesAreWhatTheirCommentsSay() {
        List<ChatMessage> messages = ChatSnippets.messages();
        assertThat(messages).extracting(ChatMessage::role).containsExactly("user", "assistant", "assistant", "assistant", "assistant");
        assertThat(messages.get(0).text()).isEqualTo("What is in this picture?");
        assertThat(messages.get(0).files()).containsExactly(Path.of("cat.png"));
        assertThat(messages.get(1).text()).isEqualTo("A cat.");
        assertThat(messages.get(2).metadata().title()).isEqualTo("Using a tool");
        assertThat(messages.get(3).content()).singleElement().isInstanceOfSatisfying(ChatMessage.Embedded.class,
                embedded -> assertThat(((Label) embedded.component()).value()).containsEntry("cat", 0.9));
        assertThat(messages.get(4).options()).extracting(ChatMessage.Option::value).containsExactly("Yes", "No");
    }

    @Test
    void theReloadExampleKeepsOneModelUnderItsKey() {
        var model = LaunchSnippets.Models.model;
        assertThat(Reload.<Object>keep("model", () -> {
            throw new AssertionError("the snippet should have kept a model under \"model\"");
        })).isSameAs(model);
        assertThat(model.embed("reload").content().dimension()).isEqualTo(384);
    }

    /** A snippet's app, launched on a free port, and what the tests ask it. */
    private static final class App implements AutoCloseable {
        private final Server server;
        private final HttpClient http = HttpClient.newHttpClient();
        private JsonNode config;

        private App(Server server) {
            this.server = server;
        }

        /** Launches with {@code launcher} (an app's {@code launch(Launch)}) quietly on a free port. */
        static App launch(Function<Launch, Server> launcher) {
            return new App(launcher.apply(Launch.options().port(0).quiet(true)));
        }

        JsonNode config() {
            if (config == null) {
                config = JSON.readTree(get("/config"));
            }
            return config;
        }

        List<JsonNode> components(String type) {
            return StreamSupport.stream(config().get("components").spliterator(), false)
                    .filter(component -> component.get("type").asString().equals(type)).toList();
        }

        /** The one component of this type. */
        JsonNode component(String type) {
            List<JsonNode> found = components(type);
            assertThat(found).as("components of type " + type).hasSize(1);
            return found.getFirst();
        }

        JsonNode componentById(int id) {
            return StreamSupport.stream(config().get("components").spliterator(), false)
                    .filter(component -> component.get("id").asInt() == id).findFirst().orElseThrow();
        }

        /** The id of the one component of this type and label (null: without a label). */
        int componentId(String type, String label) {
            List<JsonNode> found = components(type).stream().filter(component -> {
                JsonNode given = component.get("props").get("label");
                return label == null ? given == null : given != null && given.asString().equals(label);
            }).toList();
            assertThat(found).as(type + " labelled " + label).hasSize(1);
            return found.getFirst().get("id").asInt();
        }

        /** The dependency with this API name. */
        JsonNode dependency(String apiName) {
            return StreamSupport.stream(config().get("dependencies").spliterator(), false)
                    .filter(dependency -> apiName.equals(dependency.get("api_name").asString())).findFirst().orElseThrow();
        }

        /** The one dependency this component's event triggers. */
        JsonNode dependencyOf(int component, String event) {
            String target = "[" + component + ",\"" + event + "\"]";
            List<JsonNode> found = StreamSupport.stream(config().get("dependencies").spliterator(), false)
                    .filter(dependency -> dependency.get("targets").toString().contains(target)).toList();
            assertThat(found).as("dependencies of " + target).hasSize(1);
            return found.getFirst();
        }

        /** Runs {@code /api} in a session of its own and returns its output data. */
        JsonNode run(String api, Object... data) {
            return runIn(null, api, data);
        }

        /** Runs {@code /api} in the given session and returns its output data. */
        JsonNode runIn(String session, String api, Object... data) {
            Map<String, Object> body = new HashMap<>();
            body.put("data", new ArrayList<>(List.of(data)));
            if (session != null) {
                body.put("session_hash", session);
            }
            HttpResponse<String> response = post("/gradio_api/run/" + api, body);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            return JSON.readTree(response.body()).get("data");
        }

        HttpResponse<String> post(String path, Map<String, Object> body) {
            return send(HttpRequest.newBuilder(URI.create(server.url() + path))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build());
        }

        String get(String path) {
            HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(server.url() + path)).build());
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            return response.body();
        }

        private HttpResponse<String> send(HttpRequest request) {
            try {
                return http.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void close() {
            http.close();
            server.close();
        }
    }
}
