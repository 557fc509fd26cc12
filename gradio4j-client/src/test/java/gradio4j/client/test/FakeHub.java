package gradio4j.client.test;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A stand-in for the Hugging Face Hub, on a real port of this machine: the Hub itself cannot be
 * reached from CI (no network but the package registries), so the Space lookups are tried
 * against this. It answers the two routes Gradio's Python client asks (through
 * {@code huggingface_hub}): {@code GET /api/spaces/<owner>/<name>} with the Space's {@code host}
 * and {@code private} flag, and {@code GET /api/spaces/<owner>/<name>/runtime} with its
 * {@code stage}. Like the Hub, it answers 401 for a Space it does not show to this caller
 * (unknown, or private without the right token) and records each request's Authorization.
 * Under {@code /app/} it plays a Space that is not a Gradio app (404 to everything), recording
 * the headers the client sends there.
 */
final class FakeHub implements AutoCloseable {
    /** One Space: where it runs, in which stage, and the token that reads it (null when public). */
    record Space(String host, String stage, String token) {}

    private final HttpServer server;
    private final Map<String, Space> spaces = new ConcurrentHashMap<>();
    final List<String> authorizations = new CopyOnWriteArrayList<>();
    /** The {@code X-HF-Authorization} and {@code Authorization} headers of each request to {@code /app/}. */
    final List<String> appHeaders = new CopyOnWriteArrayList<>();

    FakeHub() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/api/spaces/", this::answer);
        server.createContext("/app/", exchange -> {
            appHeaders.add(exchange.getRequestHeaders().getFirst("X-HF-Authorization") + " / "
                    + exchange.getRequestHeaders().getFirst("Authorization"));
            reply(exchange, 404, "{\"detail\":\"Not Found\"}");
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    void add(String name, Space space) {
        spaces.put(name, space);
    }

    private void answer(HttpExchange exchange) throws IOException {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        authorizations.add(String.valueOf(authorization));
        String path = exchange.getRequestURI().getPath().substring("/api/spaces/".length());
        boolean runtime = path.endsWith("/runtime");
        String name = runtime ? path.substring(0, path.length() - "/runtime".length()) : path;
        Space space = spaces.get(name);
        boolean shown = space != null && (space.token() == null || ("Bearer " + space.token()).equals(authorization));
        if (!shown) {
            reply(exchange, 401, "{\"error\":\"Repository not found\"}");
        } else if (runtime) {
            reply(exchange, 200, "{\"stage\":\"" + space.stage() + "\",\"hardware\":{\"current\":\"cpu-basic\"}}");
        } else {
            reply(exchange, 200, "{\"id\":\"" + name + "\",\"private\":" + (space.token() != null) + ",\"host\":\"" + space.host()
                    + "\",\"subdomain\":\"" + name.replace('/', '-') + "\"}");
        }
    }

    private static void reply(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        try (var out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
