package dev.gradio4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradio4j.Launch;
import dev.gradio4j.Server;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The compatibility suite: the official {@code @gradio/client} (npm, run by Node) drives the
 * conformance app, on a real port, through every endpoint. The checks themselves are in
 * {@code src/test/js/conformance.test.mjs}; the Maven build runs {@code npm ci} there first.
 */
class OfficialJsClientTest {

    @Test
    void theOfficialJsClientPassesEveryConformanceCheck() throws Exception {
        Path tests = Path.of("src/test/js").toAbsolutePath();
        try (Server server = Conformance.app().launch(Launch.options().port(0).quiet(true))) {
            ProcessBuilder builder = new ProcessBuilder("node", "--test", "--test-reporter=spec", "conformance.test.mjs")
                    .directory(tests.toFile())
                    .redirectErrorStream(true);
            builder.environment().put("GRADIO_URL", server.url());
            Process node = builder.start();
            node.getOutputStream().close();
            String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(node.waitFor(3, TimeUnit.MINUTES)).as("node finished").isTrue();
            System.out.println(output);
            assertThat(node.exitValue()).as("node --test exit code; its output:\n" + output).isZero();
            assertThat(output).contains("pass 10").contains("fail 0");
        }
    }
}
