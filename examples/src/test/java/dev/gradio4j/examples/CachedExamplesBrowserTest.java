package dev.gradio4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradio4j.CacheMode;
import dev.gradio4j.ChatInterface;
import dev.gradio4j.ChatMessage;
import dev.gradio4j.Gr;
import dev.gradio4j.Interface;
import dev.gradio4j.Launch;
import dev.gradio4j.Server;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cached examples in Chromium ({@code src/test/js/cached-examples.test.mjs}): an Interface with
 * slow, counted runs caches its examples at start; the page opens with the first one and its
 * output preloaded, clicks in the page show the outputs at once, and the function runs no more;
 * a ChatInterface's cached examples, shown by their labels, send their messages and show the
 * stored answers at once.
 */
class CachedExamplesBrowserTest {
    static final AtomicInteger RUNS = new AtomicInteger();

    static String shout(String text) throws InterruptedException {
        RUNS.incrementAndGet();
        Thread.sleep(2000);
        return text.toUpperCase(Locale.ROOT) + "!";
    }

    static String answer(String message, List<ChatMessage> history) throws InterruptedException {
        RUNS.incrementAndGet();
        Thread.sleep(2000);
        return "You said " + message;
    }

    @Test
    void aClickOnACachedExampleShowsItsOutputAtOnceWithoutRunningTheFunction(@TempDir Path cache) throws Exception {
        var app = Interface.of(CachedExamplesBrowserTest::shout, Gr.textbox().label("text"), Gr.textbox().label("loud"))
                .examples("hi", "yo").exampleLabels("first", "second")
                .cacheExamples(true).cacheMode(CacheMode.EAGER).examplesCacheFolder(cache);
        var chat = ChatInterface.of(CachedExamplesBrowserTest::answer).examples("hello", "bye").exampleLabels("Greet", "Leave")
                .cacheExamples(true).examplesCacheFolder(cache);
        try (Server server = app.launch(Launch.options().port(0).quiet(true));
             Server chatServer = chat.launch(Launch.options().port(0).quiet(true))) {
            assertThat(RUNS.get()).as("the four examples ran at start").isEqualTo(4);
            ProcessBuilder builder = new ProcessBuilder("node", "--test", "--test-reporter=spec", "cached-examples.test.mjs")
                    .directory(Path.of("src/test/js").toAbsolutePath().toFile())
                    .redirectErrorStream(true);
            builder.environment().put("APP_URL", server.url());
            builder.environment().put("CHAT_URL", chatServer.url());
            builder.environment().put("SCREENSHOTS", Path.of("target/screenshots").toAbsolutePath().toString());
            builder.environment().putIfAbsent("CHROMIUM", "/usr/bin/chromium");
            Process node = builder.start();
            try {
                node.getOutputStream().close();
                String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertThat(node.waitFor(3, TimeUnit.MINUTES)).as("node finished").isTrue();
                assertThat(node.exitValue()).as("node --test exit code; its output:\n" + output).isZero();
                assertThat(output).contains("pass 3").contains("fail 0");
            } finally {
                node.destroyForcibly();
            }
            assertThat(RUNS.get()).as("the clicks in the pages ran nothing").isEqualTo(4);
        }
    }
}
