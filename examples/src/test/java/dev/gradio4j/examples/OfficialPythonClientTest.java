package dev.gradio4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradio4j.Blocks;
import dev.gradio4j.CacheMode;
import dev.gradio4j.Examples;
import dev.gradio4j.Gr;
import dev.gradio4j.Launch;
import dev.gradio4j.Server;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The compatibility suite of the official Python client ({@code gradio_client}, pinned in
 * {@code src/test/python/requirements.txt}): the suites in {@code src/test/python} drive the
 * conformance app, a ChatInterface and cached examples on a real port. The same suites are run
 * against the Python twins of those apps on the real Gradio, so that what they expect is what
 * Gradio does.
 */
class OfficialPythonClientTest {
    private static final int CONFORMANCE_CHECKS = 14;
    private static final int CHAT_CHECKS = 3;
    private static final int AUTH_CHECKS = 4;
    private static final int CACHED_EXAMPLES_CHECKS = 5;
    private static final AtomicInteger RUNS = new AtomicInteger();

    static String shout(String text) {
        RUNS.incrementAndGet();
        return text.toUpperCase(Locale.ROOT) + "!";
    }

    static Double runs() {
        return (double) RUNS.get();
    }

    /** The app of {@code test_cached_examples.py} (twin {@code twins/cached_examples.py}): examples cached at start, and how often the function ran. */
    static Blocks cachedExamples(Path cache) {
        var text = Gr.textbox().label("text");
        var loud = Gr.textbox().label("loud");
        var count = Gr.number().label("runs").precision(0);
        var shoutButton = Gr.button("Shout");
        var runsButton = Gr.button("Runs");
        shoutButton.click(OfficialPythonClientTest::shout, text, loud);
        runsButton.click(OfficialPythonClientTest::runs, count);
        var examples = Examples.of(OfficialPythonClientTest::shout, text, loud, List.of("hi", "yo")).cache(CacheMode.EAGER)
                .cacheFolder(cache);
        return Blocks.of(text, loud, shoutButton, count, runsButton, examples);
    }

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
    void thePythonClientGetsCachedExamplesWithoutRunningTheFunction(@TempDir Path cache) throws Exception {
        RUNS.set(0);
        try (Server server = cachedExamples(cache).launch(Launch.options().port(0).quiet(true))) {
            assertThat(ClientSuites.pytest("test_cached_examples.py", server.url(), true))
                    .contains(CACHED_EXAMPLES_CHECKS + " passed");
        }
    }

    @Test
    void theSuitesExpectWhatTheRealGradioDoes(@TempDir Path cache) throws Exception {
        try (var conformance = new ClientSuites.GradioTwin("conformance"); var chat = new ClientSuites.GradioTwin("echo_chat");
             var auth = new ClientSuites.GradioTwin("team_tools");
             var examples = new ClientSuites.GradioTwin(Path.of("twins", "cached_examples.py"), cache.toString())) {
            assertThat(ClientSuites.pytest("test_conformance.py", conformance.url, false)).contains(CONFORMANCE_CHECKS + " passed");
            assertThat(ClientSuites.pytest("test_chat.py", chat.url, false)).contains(CHAT_CHECKS + " passed");
            assertThat(ClientSuites.pytest("test_auth.py", auth.url, false)).contains(AUTH_CHECKS + " passed");
            assertThat(ClientSuites.pytest("test_cached_examples.py", examples.url, false)).contains(CACHED_EXAMPLES_CHECKS + " passed");
        }
    }
}
