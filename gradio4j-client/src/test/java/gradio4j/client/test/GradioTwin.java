package gradio4j.client.test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * {@code src/test/python/twin.py} served by the real Gradio of a virtual environment the build
 * made, as a child process: open on one port, behind a login on another. {@link #close} stops
 * the process it started (and its children), by its handle.
 */
final class GradioTwin implements AutoCloseable {
    private static final Path SCRIPT = Path.of("src/test/python/twin.py").toAbsolutePath();
    final String url;
    final String loginUrl;
    private final Process process;
    private final StringBuilder output = new StringBuilder();

    /** Starts the twin with the Python of the environment named by the system property {@code venvProperty}. */
    GradioTwin(String venvProperty) throws IOException, InterruptedException {
        String venv = System.getProperty(venvProperty);
        Path python = venv == null ? null : Path.of(venv, "bin", "python");
        if (python == null || !Files.isExecutable(python)) {
            throw new IllegalStateException("No Python environment at " + venv + " (" + venvProperty
                    + "): the Maven build makes it, with build/install-venv");
        }
        int port = freePort();
        int loginPort = freePort();
        this.url = "http://127.0.0.1:" + port;
        this.loginUrl = "http://127.0.0.1:" + loginPort;
        var builder = new ProcessBuilder(python.toString(), SCRIPT.toString(), String.valueOf(port), String.valueOf(loginPort))
                .redirectErrorStream(true);
        builder.environment().put("GRADIO_ANALYTICS_ENABLED", "False");
        builder.environment().put("HF_HUB_OFFLINE", "1");
        this.process = builder.start();
        process.getOutputStream().close();
        Thread.ofPlatform().daemon().name("twin-output-" + process.pid()).start(this::collect);
        try {
            awaitConfig(url);
            awaitConfig(loginUrl);
        } catch (RuntimeException | InterruptedException | AssertionError e) {
            close();
            throw e;
        }
    }

    static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void collect() {
        try (var reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null; ) {
                synchronized (output) {
                    output.append(line).append('\n');
                }
            }
        } catch (IOException stopped) {
            // the process was stopped
        }
    }

    private void awaitConfig(String app) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        try (HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            while (System.nanoTime() < deadline && process.isAlive()) {
                try {
                    var response = http.send(HttpRequest.newBuilder(URI.create(app + "/config")).build(), HttpResponse.BodyHandlers.discarding());
                    if (response.statusCode() < 500) {   // 401 behind the login
                        return;
                    }
                } catch (IOException notYet) {
                    // still starting
                }
                Thread.sleep(200);
            }
        }
        synchronized (output) {
            throw new AssertionError("Gradio did not serve " + app + "/config; it printed:\n" + output);
        }
    }

    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
