package dev.gradio4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.Test;

/**
 * Thousands of calls, each awaited before the next, on freshly started servers (a JVM each, the
 * state in which a stream's close once raced the next join): with the official JS client, the
 * official Python client and our raw client, no call is lost (no answer for 3 s). The official
 * clients open a new stream only once they have read the old one's close, so they lose a call
 * when the server answers a join before writing a close; the raw client reopens a stream that
 * closes under a waiting call, so it checks that every accepted event is delivered.
 * {@code OutboxTest} forces the interleavings one by one.
 */
class EveryCallCompletesTest {
    private static final int SERVERS = 3;
    private static final int JS_CALLS = 1500;
    private static final int RAW_CALLS = 3000;
    private static final int PYTHON_CALLS = 300;   // its client polls every 50 ms: about 10 calls a second
    private static final Duration LIMIT = Duration.ofMinutes(3);

    @Test
    void noSequentialCallIsLostOnAFreshServer() throws Exception {
        for (int i = 0; i < SERVERS; i++) {
            try (var server = freshServer()) {
                String report = node(server.url);
                assertThat(lost(report)).as("calls the JS client lost on server %d: %s", i, report).isZero();
            }
            try (var server = freshServer()) {
                assertThat(rawClientLost(server.url)).as("calls the raw client lost on server %d", i).isZero();
            }
        }
        try (var server = freshServer()) {
            String report = python(server.url);
            assertThat(lost(report)).as("calls the Python client lost: %s", report).isZero();
        }
    }

    private static String node(String url) throws InterruptedException {
        var builder = new ProcessBuilder("node", "sequential-calls.mjs", url, String.valueOf(JS_CALLS))
                .directory(ClientSuites.JS.toFile());
        try (var node = ChildProcess.start(builder)) {
            return node.awaitSuccess(LIMIT);
        }
    }

    private static String python(String url) throws InterruptedException {
        var builder = new ProcessBuilder(ClientSuites.python().toString(), "sequential_calls.py", url, String.valueOf(PYTHON_CALLS))
                .directory(ClientSuites.PYTHON.toFile());
        try (var python = ChildProcess.start(builder)) {
            return python.awaitSuccess(LIMIT);
        }
    }

    /** The {@code lost} count of a script's last line. */
    private static int lost(String output) {
        String[] lines = output.strip().split("\n");
        JsonNode report = JsonMapper.builder().build().readTree(lines[lines.length - 1]);
        assertThat(report.get("calls").asInt()).isPositive();
        return report.get("lost").asInt();
    }

    private static int rawClientLost(String url) throws Exception {
        int echo = fnIndex(url, "echo");
        int lost = 0;
        try (var client = new OneSessionClient(url)) {
            for (int i = 0; i < RAW_CALLS; i++) {
                var call = client.submit(echo, List.of("m" + i));
                JsonNode completed;
                try {
                    completed = call.get(3, TimeUnit.SECONDS);
                } catch (TimeoutException late) {
                    // Unlike the official clients' users, this loop sends no next call that
                    // would open a stream and bring the lost one: it stops here.
                    lost++;
                    break;
                }
                assertThat(completed.get("output").get("data").get(0).asString()).isEqualTo("m" + i);
                client.forget(completed);
            }
        }
        return lost;
    }

    private static int fnIndex(String url, String apiName) throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            String config = http.send(HttpRequest.newBuilder(URI.create(url + "/config")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            for (JsonNode dependency : JsonMapper.builder().build().readTree(config).get("dependencies")) {
                if (apiName.equals(dependency.get("api_name").asString())) {
                    return dependency.get("id").asInt();
                }
            }
        }
        throw new AssertionError("no /" + apiName + " in " + url);
    }

    /** The conformance app in a JVM of its own, on a free port. */
    private static FreshServer freshServer() throws InterruptedException {
        var builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Conformance.class.getName());
        builder.environment().put("GRADIO_SERVER_PORT", "0");
        var process = ChildProcess.start(builder);
        try {
            String line = process.awaitLine(l -> l.contains("Running on local URL:"), Duration.ofSeconds(30));
            return new FreshServer(line.substring(line.indexOf("http")).strip(), process);
        } catch (RuntimeException | AssertionError | InterruptedException e) {
            process.close();
            throw e;
        }
    }

    private record FreshServer(String url, ChildProcess process) implements AutoCloseable {
        @Override
        public void close() {
            process.close();
        }
    }
}
