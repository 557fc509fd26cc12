package dev.gradio4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradio4j.Launch;
import dev.gradio4j.Server;
import org.junit.jupiter.api.Test;

/**
 * The compatibility suite of the official Python client ({@code gradio_client}, pinned in
 * {@code src/test/python/requirements.txt}): the suites in {@code src/test/python} drive the
 * conformance app and a ChatInterface on a real port. The same suites are run against the Python
 * twins of those apps on the real Gradio, so that what they expect is what Gradio does.
 */
class OfficialPythonClientTest {
    private static final int CONFORMANCE_CHECKS = 14;
    private static final int CHAT_CHECKS = 3;
    private static final int AUTH_CHECKS = 4;

    @Test
    void thePythonClientPassesEveryConformanceCheck() throws Exception {
        try (Server server = Conformance.app().launch(Launch.options().port(0).quiet(true))) {
            assertThat(ClientSuites.pytest("test_conformance.py", server.url(), true)).contains(CONFORMANCE_CHECKS + " passed");
        }
    }

    @Test
    void thePythonClientChatsWithAChatInterface() throws Exception {
        try (Server server = EchoChat.app().launch(Launch.options().port(0).quiet(true))) {
            assertThat(ClientSuites.pytest("test_chat.py", server.url(), true)).contains(CHAT_CHECKS + " passed");
        }
    }

    @Test
    void thePythonClientLogsInToAnAppBehindALogin() throws Exception {
        try (Server server = TeamTools.app().launch(TeamTools.logins().port(0).quiet(true))) {
            assertThat(ClientSuites.pytest("test_auth.py", server.url(), true)).contains(AUTH_CHECKS + " passed");
        }
    }

    @Test
    void theSuitesExpectWhatTheRealGradioDoes() throws Exception {
        try (var conformance = new ClientSuites.GradioTwin("conformance"); var chat = new ClientSuites.GradioTwin("echo_chat");
             var auth = new ClientSuites.GradioTwin("team_tools")) {
            assertThat(ClientSuites.pytest("test_conformance.py", conformance.url, false)).contains(CONFORMANCE_CHECKS + " passed");
            assertThat(ClientSuites.pytest("test_chat.py", chat.url, false)).contains(CHAT_CHECKS + " passed");
            assertThat(ClientSuites.pytest("test_auth.py", auth.url, false)).contains(AUTH_CHECKS + " passed");
        }
    }
}
