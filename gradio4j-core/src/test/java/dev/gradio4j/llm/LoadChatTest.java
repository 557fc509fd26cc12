package dev.gradio4j.llm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradio4j.Gr;
import dev.gradio4j.Launch;
import dev.gradio4j.Server;
import dev.gradio4j.internal.json.JsonCodec;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code Gr.loadChat}: a running chat app in front of an OpenAI-compatible endpoint (a stand-in
 * server here), answering over the API and in the page, and showing the endpoint's failures in the
 * conversation.
 */
@Timeout(30)
class LoadChatTest {
    StandInEndpoint endpoint;
    Server server;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws IOException {
        endpoint = new StandInEndpoint();
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
        endpoint.close();
        http.close();
    }

    HttpResponse<String> post(String path, Object body) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(server.url() + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(JsonCodec.writeBytes(body))).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    static List<?> data(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return (List<?>) ((Map<?, ?>) JsonCodec.parse(response.body())).get("data");
    }

    @Test
    void theApiEndpointAnswersWithTheModelsStreamedReply() throws Exception {
        endpoint.reply(StandInEndpoint.stream("Bon", "jour"));
        server = Gr.loadChat(endpoint.baseUrl(), "tiny-model", "sk-test").launch(Launch.options().port(0).quiet(true));

        assertThat(data(post("/gradio_api/run/chat", Map.of("data", List.of("Say hello in French")))).getFirst())
                .isEqualTo("Bonjour");
        var request = endpoint.request();
        assertThat(request.headers().getFirst("Authorization")).isEqualTo("Bearer sk-test");
        assertThat(request.body().get("model")).isEqualTo("tiny-model");
        assertThat(request.body().get("messages")).isEqualTo(List.of(Map.of("role", "user", "content", "Say hello in French")));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aFailingEndpointShowsItsErrorInTheConversationWhichGoesOn() throws Exception {
        server = Gr.loadChat(endpoint.baseUrl(), "tiny-model", null).launch(Launch.options().port(0).quiet(true));
        endpoint.reply(StandInEndpoint.status(429, "{\"error\":{\"message\":\"slow down\"}}", "Retry-After", "20"));

        var failed = (List<Map<String, Object>>) data(post("/gradio_api/run/chat_in_page", Map.of("data", List.of("Hi", List.of()))))
                .getFirst();
        var answer = (List<Map<String, Object>>) failed.getLast().get("content");
        assertThat(failed.getLast().get("role")).isEqualTo("assistant");
        assertThat((String) answer.getFirst().get("text")).contains("HTTP 429: slow down").contains("Retry after 20 s");
        assertThat((Map<String, Object>) failed.getLast().get("metadata")).containsEntry("status", "error");

        endpoint.reply(StandInEndpoint.stream("Better", " now"));
        var next = (List<Map<String, Object>>) data(post("/gradio_api/run/chat_in_page", Map.of("data", List.of("Again?", failed))))
                .getFirst();
        assertThat(next).hasSize(4);
        assertThat(((List<Map<String, Object>>) next.getLast().get("content")).getFirst().get("text")).isEqualTo("Better now");
    }

    @Test
    @SuppressWarnings("unchecked")
    void withFileTypesTheMessageBoxTakesAttachments() throws Exception {
        server = Gr.loadChat(endpoint.baseUrl(), "vision-model", null, "image").launch(Launch.options().port(0).quiet(true));
        var config = (Map<String, Object>) JsonCodec.parse(http.send(HttpRequest.newBuilder(URI.create(server.url() + "/config")).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        var box = ((List<Map<String, Object>>) config.get("components")).stream()
                .filter(c -> "multimodaltextbox".equals(c.get("type"))).findFirst().orElseThrow();
        assertThat(((Map<String, Object>) box.get("props")).get("file_types")).isEqualTo(List.of("image"));
        assertThat(config.get("title")).isEqualTo("vision-model");
    }
}
