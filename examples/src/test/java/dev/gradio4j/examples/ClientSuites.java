package dev.gradio4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs the checks written for the official clients: Node's {@code node --test} files in
 * {@code src/test/js} (with {@code @gradio/client}) and the pytest suites in {@code src/test/python}
 * (with {@code gradio_client}), against an app's URL; and starts the Python twins of our examples
 * on the real Gradio, the oracle those suites are also checked on. The Python environment is
 * made by the build ({@code build/install-venv}, before the tests).
 */
final class ClientSuites {
    static final Path JS = Path.of("src/test/js").toAbsolutePath();
    static final Path PYTHON = Path.of("src/test/python").toAbsolutePath();
    private static final Duration LIMIT = Duration.ofMinutes(5);

    private ClientSuites() {}

    /** Runs a {@code node --test} file against {@code url}; answers its report. */
    static String node(String checks, String url) throws InterruptedException {
        var builder = new ProcessBuilder("node", "--test", "--test-reporter=spec", checks).directory(JS.toFile());
        builder.environment().put("GRADIO_URL", url);
        try (ChildProcess node = ChildProcess.start(builder)) {
            return node.awaitSuccess(LIMIT);
        }
    }

    /** Runs a pytest file against {@code url}, served by gradio4j or (for the oracle) by Gradio. */
    static String pytest(String suite, String url, boolean onGradio4j) throws InterruptedException {
        return pytest(suite, url, onGradio4j, Map.of());
    }

    /** Runs a pytest file against {@code url}, with more environment variables for the suite. */
    static String pytest(String suite, String url, boolean onGradio4j, Map<String, String> environment) throws InterruptedException {
        var builder = new ProcessBuilder(python().toString(), "-m", "pytest", "-p", "no:cacheprovider", "-q", suite)
                .directory(PYTHON.toFile());
        builder.environment().put("GRADIO_URL", url);
        builder.environment().put("GRADIO_SERVER", onGradio4j ? "gradio4j" : "gradio");
        builder.environment().putAll(environment);
        try (ChildProcess pytest = ChildProcess.start(builder)) {
            return pytest.awaitSuccess(LIMIT);
        }
    }

    /** The Python of the suites' virtual environment. */
    static Path python() {
        return python("gradio.venv");
    }

    /** The Python of the environment the system property {@code venvProperty} names ({@code gradio4.venv}: Gradio 4). */
    static Path python(String venvProperty) {
        String venv = System.getProperty(venvProperty);
        Path python = venv == null ? null : Path.of(venv, "bin", "python");
        assertThat(python != null && Files.isExecutable(python))
                .as("no Python environment at %s: the Maven build makes it (build/install-venv)", venv).isTrue();
        return python;
    }

    /** A Python twin of one of our examples ({@code src/test/python/twins/NAME.py}), served by the real Gradio. */
    static final class GradioTwin implements AutoCloseable {
        final String url;
        private final ChildProcess process;

        GradioTwin(String name) throws IOException, InterruptedException {
            this(Path.of("twins", name + ".py"));
        }

        /** Another app of ours for the real Gradio, {@code script} under {@code src/test/python}, given the port and {@code args}. */
        GradioTwin(Path script, String... args) throws IOException, InterruptedException {
            this(script, python(), args);
        }

        /** Like {@link #GradioTwin(Path, String...)}, served by the Gradio of another environment ({@link #python(String)}). */
        GradioTwin(Path script, Path python, String... args) throws IOException, InterruptedException {
            int port;
            try (var socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            List<String> command = new ArrayList<>(List.of(python.toString(), script.toString(), String.valueOf(port)));
            command.addAll(List.of(args));
            var builder = new ProcessBuilder(command).directory(PYTHON.toFile());
            builder.environment().putAll(Map.of("GRADIO_ANALYTICS_ENABLED", "False", "HF_HUB_OFFLINE", "1"));
            this.url = "http://127.0.0.1:" + port;
            this.process = ChildProcess.start(builder);
            try {
                awaitConfig();
            } catch (RuntimeException | InterruptedException | AssertionError e) {
                process.close();
                throw e;
            }
        }

        private void awaitConfig() throws InterruptedException {
            long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            try (HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
                while (System.nanoTime() < deadline) {
                    try {
                        var response = http.send(HttpRequest.newBuilder(URI.create(url + "/config")).build(),
                                HttpResponse.BodyHandlers.discarding());
                        if (response.statusCode() < 500) {   // 401 for an app behind a login
                            return;
                        }
                    } catch (IOException notYet) {
                        // still starting
                    }
                    Thread.sleep(200);
                }
            }
            throw new AssertionError("Gradio did not serve " + url + "/config within 90 s; it printed:\n" + process.output());
        }

        @Override
        public void close() {
            process.close();
        }
    }
}
