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
 * conformance app, on a real port, through every endpoint, and chats with a ChatInterface (text,
 * and with a picture attached). The
 * checks themselves are in {@code src/test/js/*.test.mjs}; the Maven build runs {@code npm ci}
 * there first.
 */
class OfficialJsClientTest {

    @Test
    void theOfficialJsClientPassesEveryConformanceCheck() throws Exception {
        try (Server server = Conformance.app().launch(Launch.options().port(0).quiet(true))) {
            assertThat(runNode("conformance.test.mjs", server)).contains("pass 10").contains("fail 0");
        }
    }

    @Test
    void theOfficialJsClientChatsWithAChatInterface() throws Exception {
        try (Server server = EchoChat.app().launch(Launch.options().port(0).quiet(true))) {
            assertThat(runNode("chat.test.mjs", server)).contains("pass 2").contains("fail 0");
        }
    }

    @Test
    void theOfficialJsClientSendsAPictureToAMultimodalChat() throws Exception {
        try (Server server = AgentChat.app().launch(Launch.options().port(0).quiet(true))) {
            assertThat(runNode("multimodal-chat.test.mjs", server)).contains("pass 1").contains("fail 0");
        }
    }

    /** Runs one file of checks against {@code server}; answers node's report. */
    private static String runNode(String checks, Server server) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("node", "--test", "--test-reporter=spec", checks)
                .directory(Path.of("src/test/js").toAbsolutePath().toFile())
                .redirectErrorStream(true);
        builder.environment().put("GRADIO_URL", server.url());
        Process node = builder.start();
        node.getOutputStream().close();
        String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(node.waitFor(3, TimeUnit.MINUTES)).as("node finished").isTrue();
        System.out.println(output);
        assertThat(node.exitValue()).as("node --test exit code; its output:\n" + output).isZero();
        return output;
    }
}
