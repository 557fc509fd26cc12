package dev.gradio4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;
import tools.jackson.databind.json.JsonMapper;

/**
 * A raw-HTTP Gradio client for the tests: JSON requests with the JDK client, and event streams
 * read line by line as they arrive. It parses JSON with its own Jackson mapper, so nothing of the
 * server's code is on the reading side. Every wait has a timeout: a broken server fails a test,
 * it never hangs it.
 *
 * <p>Close it before the server: Jetty's graceful stop waits up to a second for idle keep-alive
 * connections, which would cost every test class that second.
 */
final class WireClient implements AutoCloseable {
    static final Duration WAIT = Duration.ofSeconds(5);
    /** The longest a test reads one stream: heartbeats keep a stream alive, so a per-line wait is not enough. */
    static final Duration STREAM_LIMIT = Duration.ofSeconds(10);
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private final String base;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(WAIT).build();

    WireClient(Server server) {
        this.base = server.url();
    }

    String base() {
        return base;
    }

    /** Drops the client's connections. */
    @Override
    public void close() {
        http.shutdownNow();
        try {
            http.awaitTermination(WAIT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static String newSession() {
        return UUID.randomUUID().toString();
    }

    static String json(Object value) {
        return MAPPER.writeValueAsString(value);
    }

    static Object parse(String text) {
        return MAPPER.readValue(text, Object.class);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> object(String text) {
        return (Map<String, Object>) parse(text);
    }

    /** POSTs a JSON body; {@code headers} are name/value pairs. */
    HttpResponse<String> post(String path, Object body, String... headers) {
        var request = HttpRequest.newBuilder(URI.create(base + path)).timeout(WAIT)
                .header("content-type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body instanceof String text ? text : json(body)));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request.build());
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).timeout(WAIT).GET().build());
    }

    /** GETs a path's body as bytes (a served file). */
    HttpResponse<byte[]> bytes(String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(WAIT).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Joins the queue and returns the event id (asserting the join was accepted). */
    String join(int fnIndex, String sessionHash, Object... data) {
        var response = post("/gradio_api/queue/join",
                Map.of("data", Arrays.asList(data), "fn_index", fnIndex, "session_hash", sessionHash));
        assertThat(response.statusCode()).as("join: %s", response.body()).isEqualTo(200);
        return (String) object(response.body()).get("event_id");
    }

    /** The fn_index of the dependency with this API name, from {@code /config}. */
    @SuppressWarnings("unchecked")
    int fnIndex(String apiName) {
        for (Object dependency : (List<Object>) config().get("dependencies")) {
            Map<String, Object> entry = (Map<String, Object>) dependency;
            if (apiName.equals(entry.get("api_name"))) {
                return ((java.lang.Number) entry.get("id")).intValue();
            }
        }
        throw new AssertionError("no dependency named " + apiName + " in /config");
    }

    Map<String, Object> config() {
        var response = get("/config");
        assertThat(response.statusCode()).isEqualTo(200);
        return object(response.body());
    }

    /** Opens the session's queue stream ({@code GET /gradio_api/queue/data}). */
    EventStream queueData(String sessionHash) {
        return open("/gradio_api/queue/data?session_hash=" + sessionHash);
    }

    /** Opens any {@code text/event-stream} route. */
    EventStream open(String path) {
        var request = HttpRequest.newBuilder(URI.create(base + path)).header("accept", "text/event-stream").GET().build();
        try {
            HttpResponse<Stream<String>> response = http.send(request, HttpResponse.BodyHandlers.ofLines());
            return new EventStream(response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A {@code multipart/form-data} POST to {@code /gradio_api/upload}, one {@code files} part per name/content pair. */
    HttpResponse<String> upload(Object... nameContentPairs) {
        String boundary = "----gradio4j-test-" + UUID.randomUUID();
        var body = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < nameContentPairs.length; i += 2) {
            String name = (String) nameContentPairs[i];
            byte[] content = nameContentPairs[i + 1] instanceof String text ? text.getBytes(StandardCharsets.UTF_8)
                    : (byte[]) nameContentPairs[i + 1];
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + name
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(content);
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(base + "/gradio_api/upload")).timeout(WAIT)
                .header("content-type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    /** A FileData payload for a server path, as the clients send it after an upload. */
    static Map<String, Object> fileData(String path, String origName) {
        return Map.of("path", path, "orig_name", origName, "meta", Map.of("_type", "gradio.FileData"));
    }

    /**
     * An open event stream, read on a background thread into a queue of lines. Closing it drops
     * the connection, as a closed browser tab does.
     */
    static final class EventStream implements AutoCloseable {
        private static final String END = new String("<end of stream>");
        private final HttpResponse<Stream<String>> response;
        private final LinkedBlockingQueue<String> lines = new LinkedBlockingQueue<>();
        private final Thread reader;
        private boolean ended;

        EventStream(HttpResponse<Stream<String>> response) {
            this.response = response;
            this.reader = Thread.ofVirtual().start(() -> {
                try (Stream<String> body = response.body()) {
                    body.forEach(lines::add);
                } catch (RuntimeException closedOrFailed) {
                    // the test closed the stream, or the connection broke: either way it ended
                } finally {
                    lines.add(END);
                }
            });
        }

        int status() {
            return response.statusCode();
        }

        String contentType() {
            return response.headers().firstValue("content-type").orElse("");
        }

        /** The next non-blank line, or null when the stream ended. */
        String nextLine() {
            while (true) {
                String line = take();
                if (line == null || !line.isEmpty()) {
                    return line;
                }
            }
        }

        /** The next {@code data:} message parsed as a JSON object, or null when the stream ended. */
        Map<String, Object> next() {
            String line = nextLine();
            if (line == null) {
                return null;
            }
            assertThat(line).as("queue stream line").startsWith("data: ");
            return object(line.substring("data: ".length()));
        }

        /** Messages up to and including the first that matches, failing if the stream ends first. */
        List<Map<String, Object>> until(Predicate<Map<String, Object>> last) {
            List<Map<String, Object>> messages = new ArrayList<>();
            long deadline = System.nanoTime() + STREAM_LIMIT.toNanos();
            while (true) {
                assertThat(System.nanoTime()).as("still waiting after %s; got %s", STREAM_LIMIT, messages).isLessThan(deadline);
                Map<String, Object> message = next();
                assertThat(message).as("stream ended before the expected message; got %s", messages).isNotNull();
                messages.add(message);
                if (last.test(message)) {
                    return messages;
                }
            }
        }

        /** Messages up to and including the first with this {@code msg}. */
        List<Map<String, Object>> until(String msg) {
            return until(message -> msg.equals(message.get("msg")));
        }

        /** Every remaining message, once the server ends the stream. */
        List<Map<String, Object>> rest() {
            List<Map<String, Object>> messages = new ArrayList<>();
            long deadline = System.nanoTime() + STREAM_LIMIT.toNanos();
            for (Map<String, Object> message; (message = next()) != null; ) {
                messages.add(message);
                assertThat(System.nanoTime()).as("the stream is still open after %s; got %s", STREAM_LIMIT, messages)
                        .isLessThan(deadline);
            }
            return messages;
        }

        /** Every remaining raw line (blank lines included), once the server ends the stream. */
        List<String> restRaw() {
            List<String> raw = new ArrayList<>();
            for (String line; (line = take()) != null; ) {
                raw.add(line);
            }
            return raw;
        }

        /** Whether the server ended the stream within {@code wait} (any lines left unread are dropped). */
        boolean endsWithin(Duration wait) {
            long deadline = System.nanoTime() + wait.toNanos();
            while (!ended) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                try {
                    String line = lines.poll(left, TimeUnit.NANOSECONDS);
                    if (line == END) {
                        ended = true;
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
            return true;
        }

        private String take() {
            if (ended) {
                return null;
            }
            try {
                String line = lines.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
                if (line == null) {
                    throw new AssertionError("no line from the stream within " + WAIT);
                }
                if (line == END) {
                    ended = true;
                    return null;
                }
                return line;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void close() {
            response.body().close();
            reader.interrupt();
        }
    }
}
