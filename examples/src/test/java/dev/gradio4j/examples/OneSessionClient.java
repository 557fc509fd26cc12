package dev.gradio4j.examples;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A raw-protocol client that keeps one session and one event stream as the official clients do:
 * it joins first, opens the stream only when it believes none is open, believes it closed only
 * once it reads {@code close_stream}, and hands each completion to the call it belongs to (or
 * keeps it, if it came before the join's answer). Unlike the JS client it does not rely on reading
 * a close before the answer of a join sent after it: the JDK client hands each connection's data
 * to a thread of its own, so that order is lost here (seen: a join answered 0.8 ms after the
 * close was written, handled first). So a stream that closes while calls are still waiting is
 * opened again, as the Python client's epochs also allow for.
 */
final class OneSessionClient implements AutoCloseable {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final ExecutorService loop = Executors.newSingleThreadExecutor();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String apiRoot;
    private final String session = UUID.randomUUID().toString();
    // Read and written on the loop only.
    private final Map<String, CompletableFuture<JsonNode>> calls = new HashMap<>();
    private boolean streamOpen;

    OneSessionClient(String url) {
        this(url, "/gradio_api");
    }

    /** A client of an app whose API hangs off {@code apiPrefix} (Gradio 4's is the root: {@code ""}). */
    OneSessionClient(String url, String apiPrefix) {
        this.apiRoot = url + apiPrefix;
    }

    /** Joins the queue; the answer completes with the event's {@code process_completed} message. */
    CompletableFuture<JsonNode> submit(int fnIndex, List<Object> data) {
        String body = JSON.writeValueAsString(Map.of("data", data, "fn_index", fnIndex, "session_hash", session));
        var join = HttpRequest.newBuilder(URI.create(apiRoot + "/queue/join"))
                .header("content-type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return http.sendAsync(join, HttpResponse.BodyHandlers.ofString()).thenComposeAsync(this::joined, loop);
    }

    private CompletableFuture<JsonNode> joined(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            return CompletableFuture.failedFuture(new IOException("join answered " + response.statusCode() + ": " + response.body()));
        }
        String eventId = JSON.readTree(response.body()).get("event_id").asString();
        CompletableFuture<JsonNode> call = calls.computeIfAbsent(eventId, id -> new CompletableFuture<>());
        if (!streamOpen) {
            openStream();
        }
        return call;
    }

    private void openStream() {
        streamOpen = true;
        var stream = HttpRequest.newBuilder(URI.create(apiRoot + "/queue/data?session_hash=" + session)).build();
        http.sendAsync(stream, HttpResponse.BodyHandlers.fromLineSubscriber(new Lines()));
    }

    private void line(String line) {
        if (!line.startsWith("data:")) {
            return;
        }
        JsonNode message = JSON.readTree(line.substring(5));
        switch (message.get("msg").asString()) {
            case "close_stream" -> {
                streamOpen = false;
                if (calls.values().stream().anyMatch(call -> !call.isDone())) {
                    openStream();
                }
            }
            case "process_completed" -> calls.computeIfAbsent(message.get("event_id").asString(), id -> new CompletableFuture<>())
                    .complete(message);
            default -> { }
        }
    }

    /** Hands the stream's lines to the loop as they arrive. */
    private final class Lines implements Flow.Subscriber<String> {
        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(String line) {
            loop.execute(() -> line(line));
        }

        @Override
        public void onError(Throwable broken) {
            loop.execute(() -> streamOpen = false);
        }

        @Override
        public void onComplete() {
            // close_stream said so already
        }
    }

    /** Forgets a call that completed, so the table stays small over thousands of calls. */
    void forget(JsonNode completed) {
        loop.execute(() -> calls.remove(completed.get("event_id").asString()));
    }

    @Override
    public void close() {
        http.shutdownNow();
        loop.shutdownNow();
    }
}
