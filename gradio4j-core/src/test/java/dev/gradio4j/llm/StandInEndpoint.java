package dev.gradio4j.llm;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.gradio4j.internal.json.JsonCodec;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A stand-in for an OpenAI-compatible endpoint, on a free port: it records each request and
 * answers with the reply a test sets, from a well-behaved token stream to each kind of failure.
 */
final class StandInEndpoint implements AutoCloseable {
    /** How the stand-in answers a request. */
    @FunctionalInterface
    interface Reply {
        void send(HttpExchange exchange) throws IOException;
    }

    /** A request as the stand-in received it; {@code body} is the parsed JSON. */
    record Recorded(String method, String path, Headers headers, Map<String, Object> body) {}

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final BlockingQueue<Recorded> requests = new LinkedBlockingQueue<>();
    /** Lets stalled replies go when the test ends. */
    private final CountDownLatch release = new CountDownLatch(1);
    /** Counted down when a reply finds that the client dropped the connection. */
    final CountDownLatch dropped = new CountDownLatch(1);
    /** Counted down when a reply has sent its first token and is about to wait. */
    final CountDownLatch stalling = new CountDownLatch(1);
    private volatile Reply reply = stream("Hi", "!");

    StandInEndpoint() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(threads);
        server.createContext("/", exchange -> {
            try (exchange) {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                @SuppressWarnings("unchecked")
                Map<String, Object> json = body.isEmpty() ? Map.of() : (Map<String, Object>) JsonCodec.parse(body);
                requests.add(new Recorded(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                        exchange.getRequestHeaders(), json));
                reply.send(exchange);
            }
        });
        server.start();
    }

    /** The base URL, as a provider documents it. */
    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    /** Answers the next requests with {@code reply}. */
    void reply(Reply reply) {
        this.reply = reply;
    }

    /** The next request received. */
    Recorded request() throws InterruptedException {
        Recorded request = requests.poll(5, TimeUnit.SECONDS);
        if (request == null) {
            throw new AssertionError("the stand-in received no request");
        }
        return request;
    }

    /** A streamed answer: one chunk per token, a final chunk with a finish_reason, then [DONE]. */
    static Reply stream(String... tokens) {
        return exchange -> {
            OutputStream out = beginStream(exchange);
            for (String token : tokens) {
                data(out, chunk(token));
            }
            data(out, "{\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}");
            data(out, "[DONE]");
        };
    }

    /** A stream of raw lines, exactly as given (each followed by \n). */
    static Reply lines(String... lines) {
        return exchange -> {
            OutputStream out = beginStream(exchange);
            for (String line : lines) {
                out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
        };
    }

    /** An error response. */
    static Reply status(int status, String body, String... headerNamesAndValues) {
        return exchange -> {
            for (int i = 0; i < headerNamesAndValues.length; i += 2) {
                exchange.getResponseHeaders().add(headerNamesAndValues[i], headerNamesAndValues[i + 1]);
            }
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
            exchange.getResponseBody().write(bytes);
        };
    }

    /** Sends nothing at all until the test ends. */
    Reply silent() {
        return exchange -> {
            stalling.countDown();
            awaitRelease();
        };
    }

    /** Sends the first tokens, then nothing until the test ends. */
    Reply stallingAfter(String... tokens) {
        return exchange -> {
            OutputStream out = beginStream(exchange);
            for (String token : tokens) {
                data(out, chunk(token));
            }
            stalling.countDown();
            awaitRelease();
        };
    }

    /**
     * Sends the first tokens, then keep-alive comments, as a server whose model is still
     * thinking, until writing fails because the client dropped the connection.
     */
    Reply thinkingAfter(String... tokens) {
        return exchange -> {
            OutputStream out = beginStream(exchange);
            for (String token : tokens) {
                data(out, chunk(token));
            }
            stalling.countDown();
            try {
                while (release.getCount() > 0) {
                    out.write(": keep-alive\n\n".getBytes(StandardCharsets.UTF_8));
                    out.flush();
                    release.await(10, TimeUnit.MILLISECONDS);
                }
            } catch (IOException e) {
                dropped.countDown();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
    }

    /** A chat-completion chunk adding {@code token} to the answer. */
    static String chunk(String token) {
        return JsonCodec.write(Map.of("choices", List.of(Map.of("index", 0, "delta", Map.of("content", token)))));
    }

    private static OutputStream beginStream(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
        exchange.sendResponseHeaders(200, 0);
        return exchange.getResponseBody();
    }

    private static void data(OutputStream out, String data) throws IOException {
        out.write(("data: " + data + "\n\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private void awaitRelease() {
        try {
            release.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        release.countDown();
        server.stop(0);
        threads.shutdownNow();
    }
}
