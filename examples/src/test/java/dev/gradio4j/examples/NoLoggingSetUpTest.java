package dev.gradio4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradio4j.Blocks;
import dev.gradio4j.Button;
import dev.gradio4j.Gr;
import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * An app whose project has no logging of its own (no SLF4J provider on the classpath, as in a new
 * user's Maven project with gradio4j as its only dependency): it starts with one line that gives
 * its URL, and a handler's failure is printed with its stack trace, while the caller is told
 * only that an error occurred.
 */
class NoLoggingSetUpTest {

    /** The app the test runs in a JVM of its own. */
    public static void main(String[] args) {
        var text = Gr.textbox();
        var go = Button.of("go");
        go.click((String s) -> {
            throw new IllegalStateException("the model file is missing");
        }, text, text).apiName("boom");
        Blocks.of(text, go).launch();
    }

    @Test
    void aFailureIsPrintedWithItsStackTraceAndStartUpIsOneLine() throws Exception {
        String classpath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.contains("slf4j-simple")).collect(Collectors.joining(File.pathSeparator));
        var builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classpath, NoLoggingSetUpTest.class.getName());
        builder.environment().put("GRADIO_SERVER_PORT", "0");
        try (var app = ChildProcess.start(builder); HttpClient http = HttpClient.newHttpClient()) {
            String first = app.awaitLine(line -> !line.isBlank(), Duration.ofSeconds(30));
            assertThat(first).as("the first thing printed").startsWith("* Running on local URL:  http://127.0.0.1:");
            String url = first.substring(first.indexOf("http"));
            var response = http.send(HttpRequest.newBuilder(URI.create(url + "/gradio_api/run/boom"))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"data\":[\"x\"]}")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(500);
            assertThat(response.body()).doesNotContain("model file");
            app.awaitLine(line -> line.contains("at dev.gradio4j.examples.NoLoggingSetUpTest"), Duration.ofSeconds(10));
            assertThat(app.output()).contains("ERROR EventRunner - Event ").contains("(/boom) failed")
                    .contains("java.lang.IllegalStateException: the model file is missing")
                    .doesNotContain("SLF4J").doesNotContain("jetty-12");
        }
    }
}
