package dev.gradio4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A multimodal ChatInterface with an additional input, through its page's endpoints on a real
 * server: a message with a file goes into the conversation and is answered; retry answers the
 * last message again; undo takes the exchange back into the box; an edit answers again from the
 * edited message; a {@link GradioError} from the function becomes the answer; and the API
 * endpoint takes the message and the additional input and keeps the history per session.
 */
@Timeout(30)
class ChatInterfaceTest {
    @TempDir
    static Path uploads;
    static Server server;
    static WireClient client;
    static final AtomicInteger calls = new AtomicInteger();
    static final AtomicReference<List<ChatMessage>> history = new AtomicReference<>();

    static Object respond(MultimodalValue message, List<ChatMessage> before, String tone) {
        history.set(before);
        if (message.text().equals("choose")) {
            return ChatMessage.assistant("Which colour?").withOptions("red", "blue");
        }
        if (message.text().equals("fail")) {
            throw new GradioError("The model endpoint at http://localhost:1 could not be reached.");
        }
        if (message.text().equals("fail midway")) {
            return Stream.of("partial", "x").map(step -> {
                if (step.equals("x")) {
                    throw new GradioError("The stream broke off.");
                }
                return step;
            });
        }
        String files = message.files().stream().map(p -> p.getFileName().toString()).toList().toString();
        String answer = tone + " answer #" + calls.incrementAndGet() + " to " + message.text() + " " + files;
        return Stream.of(answer.substring(0, 5), answer);
    }

    @BeforeAll
    static void start() {
        var tone = Radio.of("plain", "fancy").value("plain").label("Tone");
        server = ChatInterface.multimodal(ChatInterfaceTest::respond, tone)
                .fileTypes("image", ".txt")
                .editable(true)
                .saveHistory(true)
                .example("Describe", Path.of("pom.xml").toAbsolutePath())
                .launch(Launch.options().port(0).quiet(true).uploadDir(uploads).allowedPaths(Path.of("").toAbsolutePath()));
        client = new WireClient(server);
    }

    @AfterAll
    static void stop() {
        client.close();
        server.close();
    }

    static List<?> run(String api, Object... data) {
        return runWith(api, null, data);
    }

    static List<?> runWith(String api, Object eventData, Object... data) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("data", Arrays.asList(data)));
        if (eventData != null) {
            body.put("event_data", eventData);
        }
        var response = client.post("/gradio_api/run/" + api, body);
        assertThat(response.statusCode()).as("%s: %s", api, response.body()).isEqualTo(200);
        return (List<?>) WireClient.object(response.body()).get("data");
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> conversation(List<?> output) {
        return (List<Map<String, Object>>) output.getFirst();
    }

    @SuppressWarnings("unchecked")
    /** The metadata of an answer that reports a failure, as the wire carries it. */
    private static final Map<String, Object> ERROR_MARK = errorMark();

    private static Map<String, Object> errorMark() {
        Map<String, Object> mark = new java.util.LinkedHashMap<>();
        for (String key : List.of("title", "id", "parent_id", "log", "duration")) {
            mark.put(key, null);
        }
        mark.put("status", "error");
        return mark;
    }

    static List<String> texts(Map<String, Object> message) {
        return ((List<Map<String, Object>>) message.get("content")).stream()
                .map(part -> part.get("type").equals("text") ? (String) part.get("text")
                        : "file:" + ((Map<String, Object>) part.get("file")).get("orig_name"))
                .toList();
    }

    Map<String, Object> uploaded(String name) {
        var response = client.upload(name, "content".getBytes());
        return WireClient.fileData((String) ((List<?>) WireClient.parse(response.body())).getFirst(), name);
    }

    @Test
    void aMessageWithAFileIsShownAndAnswered() {
        var output = run("chat_in_page", Map.of("text", "what is it?", "files", List.of(uploaded("cat.png"))), List.of(), "fancy");

        var shown = conversation(output);
        assertThat(shown).hasSize(2);
        assertThat(shown.getFirst().get("role")).isEqualTo("user");
        assertThat(texts(shown.getFirst())).containsExactly("file:cat.png", "what is it?");
        assertThat(texts(shown.get(1)).getFirst()).matches("fancy answer #\\d+ to what is it\\? \\[cat.png]");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theBoxEmptiesWithTheQuestionsFirstShowingAndIsThenLeftToTheUser() {
        String session = WireClient.newSession();
        client.join(client.fnIndex("chat_in_page"), session, Map.of("text", "hello", "files", List.of()), List.of(), "plain");
        try (var stream = client.queueData(session)) {
            var messages = stream.until("process_completed");
            var steps = messages.stream().filter(m -> m.get("msg").equals("process_generating") || m.get("msg").equals("process_completed"))
                    .map(m -> (List<Object>) ((Map<String, Object>) m.get("output")).get("data")).toList();
            assertThat(steps).hasSizeGreaterThanOrEqualTo(3);
            assertThat(steps.getFirst().get(1)).isEqualTo(Map.of("text", "", "files", List.of()));
            // Later steps are diffs that turn the box's value into a no-change update; the completion says it whole.
            assertThat(steps.getLast().get(1)).as("the box is left to the user").isEqualTo(Map.of("__type__", "update"));
        }
    }

    @Test
    void aBlankMessageIsNotSent() {
        int before = calls.get();
        var output = run("chat_in_page", Map.of("text", "  ", "files", List.of()), List.of(), "plain");
        assertThat(output).as("nothing changes on the page").isEqualTo(List.of(Map.of("__type__", "update"), Map.of("__type__", "update")));
        assertThat(calls.get()).isEqualTo(before);
    }

    @Test
    void retryAnswersTheLastMessageAgainWithTheHistoryBeforeIt() {
        var first = conversation(run("chat_in_page", Map.of("text", "hello", "files", List.of()), List.of(), "plain"));
        var again = conversation(run("chat_retry", first, "plain"));

        assertThat(again).hasSize(2);
        assertThat(texts(again.getFirst())).containsExactly("hello");
        assertThat(texts(again.get(1)).getFirst()).isNotEqualTo(texts(first.get(1)).getFirst()).startsWith("plain answer #");
        assertThat(history.get()).isEmpty();
    }

    @Test
    void undoTakesTheExchangeBackAndReturnsTheMessageToTheBox() {
        var first = conversation(run("chat_in_page", Map.of("text", "one", "files", List.of()), List.of(), "plain"));
        var second = conversation(run("chat_in_page", Map.of("text", "two", "files", List.of(uploaded("note.txt"))), first, "plain"));
        assertThat(second).hasSize(4);

        var output = run("chat_undo", second);
        assertThat(conversation(output)).hasSize(2);
        @SuppressWarnings("unchecked")
        var box = (Map<String, Object>) output.get(1);
        assertThat(box.get("text")).isEqualTo("two");
        assertThat((List<?>) box.get("files")).hasSize(1);
    }

    @Test
    void anEditAnswersAgainFromTheEditedMessage() {
        var first = conversation(run("chat_in_page", Map.of("text", "one", "files", List.of()), List.of(), "plain"));
        var second = conversation(run("chat_in_page", Map.of("text", "two", "files", List.of()), first, "plain"));

        var edited = conversation(runWith("chat_edit", Map.of("index", 0, "value", "uno", "previous_value", "one"), second, "fancy"));
        assertThat(edited).hasSize(2);
        assertThat(texts(edited.getFirst())).containsExactly("uno");
        assertThat(texts(edited.get(1)).getFirst()).startsWith("fancy answer #").contains("to uno");
        assertThat(history.get()).isEmpty();

        var response = client.post("/gradio_api/run/chat_edit",
                Map.of("data", List.of(second, "plain"), "event_data", Map.of("index", 1, "value", "x")));
        assertThat(response.body()).contains("Only your own messages can be edited.");
    }

    @Test
    @SuppressWarnings("unchecked")
    void anOptionUnderTheAnswerIsSentAsTheNextMessage() {
        var offered = conversation(run("chat_in_page", Map.of("text", "choose", "files", List.of()), List.of(), "plain"));
        var options = (List<Map<String, Object>>) offered.getLast().get("options");
        assertThat(options).extracting(o -> o.get("value")).containsExactly("red", "blue");

        var chosen = conversation(runWith("chat_option", Map.of("index", 1, "value", "blue"), offered, "plain"));
        assertThat(chosen).hasSize(4);
        assertThat(texts(chosen.get(2))).containsExactly("blue");
        assertThat(texts(chosen.get(3)).getFirst()).contains("to blue");
        assertThat(history.get().getLast().options()).extracting(ChatMessage.Option::value).containsExactly("red", "blue");
    }

    @Test
    void aClickOnAnExampleCardSendsItsMessageWithItsFilesAndLeavesTheBoxAlone() {
        var output = runWith("chat_example", Map.of("index", 0, "value", Map.of("text", "Describe", "files", List.of())), "fancy");
        assertThat(output).as("the conversation, and the box (an output so that it shows Stop meanwhile)").hasSize(2);
        assertThat(output.get(1)).as("the box is left as it is").isEqualTo(Map.of("__type__", "update"));
        var shown = conversation(output);
        assertThat(shown).hasSize(2);
        assertThat(texts(shown.getFirst())).containsExactly("file:pom.xml", "Describe");
        assertThat(texts(shown.get(1)).getFirst()).startsWith("fancy answer #").endsWith("to Describe [pom.xml]");

        var response = client.post("/gradio_api/run/chat_example",
                Map.of("data", List.of("plain"), "event_data", Map.of("index", 3, "value", Map.of("text", "x"))));
        assertThat(response.body()).contains("example_select names example 3, not one of the chat's 1 (0 to 0)");
    }

    @Test
    void anErrorFromTheFunctionBecomesTheAnswerAndTheChatGoesOn() {
        var failed = conversation(run("chat_in_page", Map.of("text", "fail", "files", List.of()), List.of(), "plain"));
        assertThat(failed).hasSize(2);
        assertThat(texts(failed.get(1))).containsExactly("The model endpoint at http://localhost:1 could not be reached.");
        assertThat(failed.get(1).get("metadata")).isEqualTo(ERROR_MARK);

        var midway = conversation(run("chat_in_page", Map.of("text", "fail midway", "files", List.of()), failed, "plain"));
        assertThat(midway).hasSize(5);
        assertThat(texts(midway.get(3))).containsExactly("partial");
        assertThat(texts(midway.get(4))).containsExactly("The stream broke off.");
        assertThat(midway.get(4).get("metadata")).isEqualTo(ERROR_MARK);
        assertThat(midway.get(3).get("metadata")).isNull();

        var next = conversation(run("chat_in_page", Map.of("text", "still there?", "files", List.of()), midway, "plain"));
        assertThat(texts(next.getLast()).getFirst()).contains("to still there?");
    }

    @Test
    void theApiTakesTheMessageAndTheAdditionalInputAndKeepsTheHistoryPerSession() {
        String session = WireClient.newSession();
        var body = Map.of("data", List.of(Map.of("text", "hi", "files", List.of()), "fancy"), "session_hash", session);
        var first = client.post("/gradio_api/run/respond", body);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat((String) ((List<?>) WireClient.object(first.body()).get("data")).getFirst()).startsWith("fancy answer #");

        client.post("/gradio_api/run/respond", body);
        assertThat(history.get()).hasSize(2);
        assertThat(history.get().getFirst().text()).isEqualTo("hi");

        var failed = client.post("/gradio_api/run/respond",
                Map.of("data", List.of(Map.of("text", "fail", "files", List.of()), "plain"), "session_hash", session));
        assertThat(failed.statusCode()).as("an API client gets the error as an error").isEqualTo(500);
        assertThat(failed.body()).contains("could not be reached");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theApiStreamsOneUpdatePerAnswerStepAndEndsWithTheCompletion() {
        String session = WireClient.newSession();
        client.join(client.fnIndex("respond"), session, Map.of("text", "count", "files", List.of()), "plain");
        try (var stream = client.queueData(session)) {
            var messages = stream.rest();
            var generating = messages.stream().filter(m -> "process_generating".equals(m.get("msg")))
                    .map(m -> (List<Object>) ((Map<String, Object>) m.get("output")).get("data")).toList();
            assertThat(generating).as("the answer has two steps, and nothing follows the last").hasSize(2);
            assertThat((List<?>) generating.getLast().getFirst()).as("the last update changes the answer").isNotEmpty();
            var completed = messages.get(messages.size() - 2);
            assertThat(completed).containsEntry("msg", "process_completed");
            assertThat((String) ((List<?>) ((Map<String, Object>) completed.get("output")).get("data")).getFirst())
                    .startsWith("plain answer #").endsWith("to count []");
        }
    }

    @Test
    void threeAdditionalInputsArePassedAfterTheHistoryInTheirOrder() {
        var prompt = Textbox.create().label("System prompt").value("Be brief.");
        var temperature = Gr.slider(0, 2).label("Temperature").value(0.7);
        var cite = Checkbox.create().label("Cite sources").value(true);
        try (Server chat = ChatInterface.of((String message, List<ChatMessage> before, String system, Double heat, Boolean sources) ->
                        system + " " + heat + " " + sources + " " + message, prompt, temperature, cite)
                .launch(Launch.options().port(0).quiet(true));
             var wire = new WireClient(chat)) {
            var response = wire.post("/gradio_api/run/lambda", Map.of("data", List.of("hi", "Be kind.", 1.5, false)));
            assertThat(((List<?>) WireClient.object(response.body()).get("data")).getFirst()).as(response.body())
                    .isEqualTo("Be kind. 1.5 false hi");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void thePageHasTheBoxTheExampleWithItsFileAndTheAdditionalInputInAClosedAccordion() {
        var config = client.config();
        var components = (List<Map<String, Object>>) config.get("components");
        var box = components.stream().filter(c -> "multimodaltextbox".equals(c.get("type"))).findFirst().orElseThrow();
        assertThat((Map<String, Object>) box.get("props")).containsEntry("file_types", List.of("image", ".txt"))
                .containsEntry("stop_btn", true);
        var chatbot = components.stream().filter(c -> "chatbot".equals(c.get("type"))).findFirst().orElseThrow();
        assertThat((Map<String, Object>) chatbot.get("props")).containsEntry("editable", "user")
                .containsEntry("save_history", true).containsEntry("history_key", "gradio4j-chat:respond");
        var accordion = components.stream().filter(c -> "accordion".equals(c.get("type"))).findFirst().orElseThrow();
        assertThat((Map<String, Object>) accordion.get("props")).containsEntry("label", "Additional Inputs").containsEntry("open", false);
        // The examples are cards in the empty Chatbot, as Gradio's; the Dataset that holds them is hidden.
        var example = ((List<Map<String, Object>>) ((Map<String, Object>) chatbot.get("props")).get("examples")).getFirst();
        assertThat(example.get("text")).isEqualTo("Describe");
        assertThat((List<Map<String, Object>>) example.get("files")).extracting(f -> f.get("orig_name")).containsExactly("pom.xml");
        var dataset = components.stream().filter(c -> "dataset".equals(c.get("type"))).findFirst().orElseThrow();
        assertThat((Map<String, Object>) dataset.get("props")).containsEntry("visible", false);
        var sample = (Map<String, Object>) ((List<List<Object>>) ((Map<String, Object>) dataset.get("props")).get("samples")).getFirst().getFirst();
        assertThat(sample.get("text")).isEqualTo("Describe");

        var named = (Map<String, Object>) WireClient.object(client.get("/gradio_api/info").body()).get("named_endpoints");
        var parameters = (List<Map<String, Object>>) ((Map<String, Object>) named.get("/respond")).get("parameters");
        assertThat(parameters).extracting(p -> p.get("component")).containsExactly("Multimodaltextbox", "Radio");
        assertThat(named).doesNotContainKeys("/chat_retry", "/chat_undo", "/chat_edit", "/chat_in_page");
    }
}
