package dev.gradio4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Chatbot's messages format, both ways, and what it refuses. */
class ChatbotTest {
    static Server server;
    static WireClient client;
    static final AtomicReference<List<ChatMessage>> received = new AtomicReference<>();

    @BeforeAll
    static void start() {
        Path avatar;
        try {
            avatar = Files.write(Files.createTempFile("user-avatar", ".png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        var chatbot = Chatbot.create().label("chat").placeholder("Ask away").height(300).avatarImages(avatar, null)
                .examples(ExampleMessage.of("hi"), ExampleMessage.of("a long message").withLabel("Short").withIcon(avatar).withFiles(avatar));
        chatbot.exampleSelect((SelectData example) -> List.of(ChatMessage.user("picked " + example.index() + ": "
                + ((Map<?, ?>) example.value()).get("text"))), Gr.selectData(), chatbot).apiName("picked");
        var go = Button.of("go");
        go.click((List<ChatMessage> messages) -> {
            received.set(messages);
            List<ChatMessage> answered = new ArrayList<>(messages);
            answered.add(ChatMessage.assistant("seen " + messages.size()).withMetadata(
                    new ChatMessage.Metadata("Thinking", "t1", null, "a log", 0.5, "done")));
            return answered;
        }, chatbot, chatbot).apiName("chat");
        go.click((List<ChatMessage> messages) -> {
            received.set(messages);
            List<ChatMessage> answered = new ArrayList<>(messages);
            answered.add(ChatMessage.assistant(Label.create().label("Guess").value(Map.of("cat", 0.9, "dog", 0.1))));
            return answered;
        }, chatbot, chatbot).apiName("show_component");
        server = Blocks.of(chatbot, go).launch(Launch.options().port(0).quiet(true));
        client = new WireClient(server);
    }

    @AfterAll
    static void stop() {
        client.close();
        server.close();
    }

    @Test
    void textFilesAndMetadataGoBothWays() throws Exception {
        var upload = client.upload("cat.txt", "meow");
        String path = ((List<?>) WireClient.parse(upload.body())).getFirst().toString();
        List<Object> conversation = List.of(
                Map.of("role", "user", "content", List.of(
                        Map.of("type", "file", "file", WireClient.fileData(path, "cat.txt"), "alt_text", "a cat"),
                        Map.of("type", "text", "text", "what is this?"))),
                Map.of("role", "assistant", "content", "plain string content is accepted too"));
        var response = client.post("/gradio_api/run/chat", Map.of("data", List.of(conversation)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);

        List<ChatMessage> seen = received.get();
        assertThat(seen).hasSize(2);
        assertThat(seen.getFirst().role()).isEqualTo("user");
        assertThat(seen.getFirst().text()).isEqualTo("what is this?");
        assertThat(Files.readString(seen.getFirst().files().getFirst())).isEqualTo("meow");
        assertThat(seen.get(1).text()).isEqualTo("plain string content is accepted too");

        List<?> out = (List<?>) ((List<?>) WireClient.object(response.body()).get("data")).getFirst();
        assertThat(out).hasSize(3);
        Map<?, ?> first = (Map<?, ?>) out.getFirst();
        Map<?, ?> filePart = (Map<?, ?>) ((List<?>) first.get("content")).getFirst();
        assertThat(filePart.get("type")).isEqualTo("file");
        assertThat(filePart.get("alt_text")).isEqualTo("a cat");
        assertThat(((Map<?, ?>) filePart.get("file")).get("url").toString()).contains("/gradio_api/file=");
        Map<?, ?> answer = (Map<?, ?>) out.get(2);
        assertThat(answer.get("role")).isEqualTo("assistant");
        assertThat(answer.get("content")).isEqualTo(List.of(Map.of("text", "seen 2", "type", "text")));
        @SuppressWarnings("unchecked")
        var metadata = (Map<String, Object>) answer.get("metadata");
        assertThat(metadata).containsEntry("title", "Thinking").containsEntry("status", "done").containsEntry("duration", 0.5);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aComponentInAMessageGoesOutAsGradiosComponentPartAndComesBackAsItWas() {
        var response = client.post("/gradio_api/run/show_component",
                Map.of("data", List.of(List.of(Map.of("role", "user", "content", "which animal?")))));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        var out = (List<Map<String, Object>>) ((List<?>) WireClient.object(response.body()).get("data")).getFirst();
        var part = ((List<Map<String, Object>>) out.getLast().get("content")).getFirst();
        assertThat(part).containsEntry("type", "component").containsEntry("component", "label");
        assertThat((Map<String, Object>) part.get("value")).containsEntry("label", "cat");
        assertThat((Map<String, Object>) part.get("props")).containsEntry("label", "Guess");

        // The page sends the conversation back as it shows it: the component stays, unchanged.
        var again = client.post("/gradio_api/run/show_component", Map.of("data", List.of(out)));
        var back = (List<Map<String, Object>>) ((List<?>) WireClient.object(again.body()).get("data")).getFirst();
        assertThat(received.get().get(1).content()).singleElement().isInstanceOf(ChatMessage.Embedded.class);
        assertThat(back.get(1)).isEqualTo(out.get(1));
        assertThat(back).hasSize(3);

        var nameless = client.post("/gradio_api/run/chat", Map.of("data", List.of(List.of(Map.of("role", "assistant",
                "content", List.of(Map.of("type", "component", "value", 1)))))));
        assertThat(nameless.statusCode()).isEqualTo(422);
        assertThat(nameless.body()).contains("component's name");
    }

    @Test
    void aFileOfTheConversationThatIsGoneBecomesANoteAndTheConversationGoesOn() {
        List<Object> conversation = List.of(Map.of("role", "user", "content", List.of(
                Map.of("type", "file", "file", WireClient.fileData("/tmp/gradio4j-cleaned-long-ago/cat.png", "cat.png")),
                Map.of("type", "text", "text", "what was this?"))));
        var response = client.post("/gradio_api/run/chat", Map.of("data", List.of(conversation)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(received.get().getFirst().files()).isEmpty();
        assertThat(received.get().getFirst().text()).isEqualTo("*(cat.png is no longer available)*what was this?");
    }

    @Test
    void anUnknownEditableSettingIsRefusedWithTheChoices() {
        assertThatThrownBy(() -> Chatbot.create().editable("bots")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"user\", \"all\" or null");
    }

    @Test
    void malformedMessagesAreRefusedWithWhatIsWrong() {
        var badRole = client.post("/gradio_api/run/chat", Map.of("data", List.of(List.of(Map.of("role", "bot", "content", "hi")))));
        assertThat(badRole.statusCode()).isEqualTo(422);
        assertThat(badRole.body()).contains("message 1").contains("\\\"user\\\", \\\"assistant\\\" or \\\"system\\\"");
        var noContent = client.post("/gradio_api/run/chat", Map.of("data", List.of(List.of(Map.of("role", "user")))));
        assertThat(noContent.statusCode()).isEqualTo(422);
        assertThat(noContent.body()).contains("no content");
    }

    @Test
    void theConfigCarriesTheChatbotsProps() {
        @SuppressWarnings("unchecked")
        var components = (List<Map<String, Object>>) client.config().get("components");
        var chatbot = components.stream().filter(c -> "chatbot".equals(c.get("type"))).findFirst().orElseThrow();
        @SuppressWarnings("unchecked")
        var props = (Map<String, Object>) chatbot.get("props");
        assertThat(props).containsEntry("placeholder", "Ask away").containsEntry("height", 300).containsEntry("sanitize_html", true);
        var avatars = (List<?>) props.get("avatar_images");
        assertThat(avatars).hasSize(2).last().isNull();
        assertThat(((Map<?, ?>) avatars.getFirst()).get("url")).asString().contains("/gradio_api/file=").endsWith(".png");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theExamplesAreInTheConfigAsGradiosAndAClickFiresExampleSelectWithTheIndexAndValue() {
        var components = (List<Map<String, Object>>) client.config().get("components");
        var chatbot = components.stream().filter(c -> "chatbot".equals(c.get("type"))).findFirst().orElseThrow();
        var examples = (List<Map<String, Object>>) ((Map<String, Object>) chatbot.get("props")).get("examples");
        assertThat(examples).hasSize(2);
        assertThat(examples.getFirst()).isEqualTo(Map.of("text", "hi"));
        assertThat(examples.get(1)).containsEntry("text", "a long message").containsEntry("display_text", "Short");
        assertThat(((Map<String, Object>) examples.get(1).get("icon")).get("url")).asString().contains("/gradio_api/file=");
        var files = (List<Map<String, Object>>) examples.get(1).get("files");
        assertThat(files).singleElement().satisfies(file -> assertThat(file.get("orig_name")).asString().startsWith("user-avatar"));

        var dependency = ((List<Map<String, Object>>) client.config().get("dependencies")).stream()
                .filter(d -> "picked".equals(d.get("api_name"))).findFirst().orElseThrow();
        assertThat((List<List<Object>>) dependency.get("targets")).singleElement()
                .satisfies(target -> assertThat(target.get(1)).isEqualTo("example_select"));
        var response = client.post("/gradio_api/run/picked", Map.of("data", List.of(),
                "event_data", Map.of("index", 1, "value", Map.of("text", "a long message", "files", List.of()))));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        var shown = (List<Map<String, Object>>) ((List<?>) WireClient.object(response.body()).get("data")).getFirst();
        assertThat(shown.getFirst().get("content").toString()).contains("picked 1: a long message");
    }

    @Test
    void aChatbotWithoutExamplesLeavesThemOutOfTheConfigAsGradioDoes() {
        var blocks = Blocks.of(Chatbot.create());
        try (var server = blocks.launch(Launch.options().port(0).quiet(true)); var other = new WireClient(server)) {
            @SuppressWarnings("unchecked")
            var components = (List<Map<String, Object>>) other.config().get("components");
            var chatbot = components.stream().filter(c -> "chatbot".equals(c.get("type"))).findFirst().orElseThrow();
            assertThat(((Map<?, ?>) chatbot.get("props")).containsKey("examples")).isFalse();
        }
    }
}
