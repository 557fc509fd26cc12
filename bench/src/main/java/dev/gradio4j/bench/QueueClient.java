package dev.gradio4j.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * A lightweight client of the queue protocol, as the official clients speak it: join, then read
 * the session's event stream until the event completes and the server closes the stream. Cheap
 * enough to load a server with hundreds of concurrent clients from the same two cores.
 */
final class QueueClient {
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final HttpClient http;
    private final String serverUrl;
    private final String apiRoot;

    QueueClient(String serverUrl) {
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newVirtualThreadPerTaskExecutor())
                .build();
        this.serverUrl = serverUrl.replaceAll("/$", "");
        this.apiRoot = this.serverUrl + "/gradio_api";
    }

    /** What one prediction saw on the wire. */
    record Run(JsonNode output, int updates, long updateBytes) {}

    /** The fn_index of each api name, from the app's config. */
    Map<String, Integer> fnIndexes() throws IOException, InterruptedException {
        var response = http.send(HttpRequest.newBuilder(URI.create(serverUrl + "/config")).build(),
                HttpResponse.BodyHandlers.ofString());
        var indexes = new java.util.HashMap<String, Integer>();
        for (JsonNode dependency : JSON.readTree(response.body()).get("dependencies")) {
            indexes.put(dependency.get("api_name").asString(), dependency.get("id").asInt());
        }
        return indexes;
    }

    /** Joins the queue with {@code data} and waits for the event's completion. */
    Run predict(int fnIndex, List<Object> data) throws IOException, InterruptedException {
        String session = UUID.randomUUID().toString().substring(0, 11);
        var join = JSON.writeValueAsString(Map.of(
                "data", data, "fn_index", fnIndex, "session_hash", session, "event_data", Map.of()));
        var joined = http.send(HttpRequest.newBuilder(URI.create(apiRoot + "/queue/join"))
                .header("content-type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(join)).build(), HttpResponse.BodyHandlers.ofString());
        if (joined.statusCode() != 200) {
            throw new IOException("join answered " + joined.statusCode() + ": " + joined.body());
        }
        var stream = http.send(HttpRequest.newBuilder(URI.create(apiRoot + "/queue/data?session_hash=" + session)).build(),
                HttpResponse.BodyHandlers.ofLines());
        JsonNode output = null;
        int updates = 0;
        long updateBytes = 0;
        try (Stream<String> lines = stream.body()) {
            for (Iterator<String> it = lines.iterator(); it.hasNext(); ) {
                String line = it.next();
                if (!line.startsWith("data:")) {
                    continue;
                }
                if (line.contains("\"process_generating\"")) {
                    updates++;
                    updateBytes += line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length + 2;  // and the blank line after it
                } else if (line.contains("\"process_completed\"")) {
                    JsonNode message = JSON.readTree(line.substring(5));
                    if (!message.get("success").asBoolean()) {
                        throw new IOException("the event failed: " + line);
                    }
                    output = message.get("output");
                } else if (line.contains("\"close_stream\"")) {
                    break;
                }
            }
        }
        if (output == null) {
            throw new IOException("the stream ended before the event completed");
        }
        return new Run(output, updates, updateBytes);
    }

    /**
     * Calls {@code /gradio_api/call/{apiName}} (the curl route: post, then read the event's
     * stream) and answers the completed event's data.
     */
    JsonNode call(String apiName, List<Object> data) throws IOException, InterruptedException {
        var posted = http.send(HttpRequest.newBuilder(URI.create(apiRoot + "/call/" + apiName))
                .header("content-type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("data", data)))).build(),
                HttpResponse.BodyHandlers.ofString());
        if (posted.statusCode() != 200) {
            throw new IOException("/call answered " + posted.statusCode() + ": " + posted.body());
        }
        String eventId = JSON.readTree(posted.body()).get("event_id").asString();
        var stream = http.send(HttpRequest.newBuilder(URI.create(apiRoot + "/call/" + apiName + "/" + eventId)).build(),
                HttpResponse.BodyHandlers.ofLines());
        try (Stream<String> lines = stream.body()) {
            String event = null;
            for (Iterator<String> it = lines.iterator(); it.hasNext(); ) {
                String line = it.next();
                if (line.startsWith("event:")) {
                    event = line.substring(6).strip();
                } else if (line.startsWith("data:") && "complete".equals(event)) {
                    return JSON.readTree(line.substring(5));
                } else if (line.startsWith("data:") && "error".equals(event)) {
                    throw new IOException("the event failed: " + line);
                }
            }
        }
        throw new IOException("the /call stream ended before the event completed");
    }
}
