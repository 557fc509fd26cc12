package dev.gradio4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradio4j.Launch;
import dev.gradio4j.Server;
import org.junit.jupiter.api.Test;

/**
 * The compatibility suite: the official {@code @gradio/client} (npm, run by Node) drives the
 * conformance app, on a real port, through every endpoint, and chats with a ChatInterface (text,
 * and with a picture attached). The checks themselves are in {@code src/test/js/*.test.mjs}; the
 * Maven build runs {@code npm ci} there first.
 */
class OfficialJsClientTest {

    @Test
    void theOfficialJsClientPassesEveryConformanceCheck() throws Exception {
        try (Server server = Conformance.app().launch(Launch.options().port(0).quiet(true))) {
            assertThat(ClientSuites.node("conformance.test.mjs", server.url())).contains("pass 13").contains("fail 0");
        }
    }

    @Test
    void theOfficialJsClientChatsWithAChatInterface() throws Exception {
        try (Server server = EchoChat.app().launch(Launch.options().port(0).quiet(true))) {
            assertThat(ClientSuites.node("chat.test.mjs", server.url())).contains("pass 2").contains("fail 0");
        }
    }

    @Test
    void theOfficialJsClientLogsInToAnAppBehindALogin() throws Exception {
        try (Server server = TeamTools.app().launch(TeamTools.logins().port(0).quiet(true))) {
            assertThat(ClientSuites.node("auth.test.mjs", server.url())).contains("pass 3").contains("fail 0");
        }
    }

    @Test
    void theOfficialJsClientSendsAPictureToAMultimodalChat() throws Exception {
        try (Server server = AgentChat.app().launch(Launch.options().port(0).quiet(true))) {
            assertThat(ClientSuites.node("multimodal-chat.test.mjs", server.url())).contains("pass 1").contains("fail 0");
        }
    }
}
