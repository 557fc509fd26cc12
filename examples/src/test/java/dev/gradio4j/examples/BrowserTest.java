package dev.gradio4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradio4j.Blocks;
import dev.gradio4j.Html;
import dev.gradio4j.Launch;
import dev.gradio4j.Markdown;
import dev.gradio4j.OpenIdConnect;
import dev.gradio4j.Server;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.Test;

/**
 * The browser suite: example apps (hello, showcase, echo-chat, agent, and one with hostile markup) on
 * real ports, driven in Debian's headless Chromium through
 * playwright-core. The checks are in {@code src/test/js/ui.test.mjs}; screenshots land in
 * {@code target/screenshots}. {@code CHROMIUM} overrides where the browser is.
 */
class BrowserTest {
    private static final String HOSTILE = "<img src=x onerror=\"window.__pwned = 'img'\">"
            + "<script>window.__pwned = 'script'</script><a href=\"javascript:window.__pwned='link'\">link</a>";

    /** Markdown and HTML that would run script if the page trusted them. */
    static Blocks hostileApp() {
        var fromServer = Html.of("");
        var app = Blocks.of(Markdown.of("# Hostile\n" + HOSTILE).elemId("hostile-markdown"), Html.of(HOSTILE), fromServer);
        app.load(() -> HOSTILE, fromServer);
        return app;
    }

    @Test
    void examplesWorkInARealBrowser() throws Exception {
        Path tests = Path.of("src/test/js").toAbsolutePath();
        Launch options = Launch.options().port(0).quiet(true);
        // A real OpenID Connect provider for the single sign-on test; it logs "ada" in.
        var provider = new MockOAuth2Server();
        provider.start(0);
        provider.enqueueCallback(new DefaultOAuth2TokenCallback("team", "ada", "JWT", null, java.util.Map.of("preferred_username", "ada")));
        try (Server hello = Hello.app().launch(options);
             Server showcase = Showcase.app().launch(options);
             Server chat = EchoChat.app().launch(options);
             Server agent = AgentChat.app().launch(options);
             Server auth = TeamTools.app().launch(TeamTools.logins().port(0).quiet(true));
             Server sso = TeamTools.app().launch(Launch.options().port(0).quiet(true)
                     .login(OpenIdConnect.issuer(provider.issuerUrl("team").toString()).client("team-tools", "s3cret").name("Team SSO")));
             // The app's own css, js and head are applied: the only script that runs is the app's.
             Server hostile = hostileApp().launch(Launch.options().port(0).quiet(true)
                     .css("#hostile-markdown { outline: 3px solid rgb(255, 0, 0); }")
                     .js("() => { document.body.dataset.appJs = 'ran'; }")
                     .head("<meta name=\"app-head\" content=\"present\">"))) {
            ProcessBuilder builder = new ProcessBuilder("node", "--test", "--test-reporter=spec", "--test-concurrency=1", "ui.test.mjs")
                    .directory(tests.toFile())
                    .redirectErrorStream(true);
            builder.environment().put("HELLO_URL", hello.url());
            builder.environment().put("SHOWCASE_URL", showcase.url());
            builder.environment().put("HOSTILE_URL", hostile.url());
            builder.environment().put("CHAT_URL", chat.url());
            builder.environment().put("AGENT_URL", agent.url());
            builder.environment().put("AUTH_URL", auth.url());
            builder.environment().put("SSO_URL", sso.url());
            builder.environment().put("SCREENSHOTS", Path.of("target/screenshots").toAbsolutePath().toString());
            builder.environment().putIfAbsent("CHROMIUM", "/usr/bin/chromium");
            // For the test that stops and restarts an app of its own.
            builder.environment().put("JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
            builder.environment().put("CLASSPATH", System.getProperty("java.class.path"));
            Process node = builder.start();
            node.getOutputStream().close();
            String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(node.waitFor(5, TimeUnit.MINUTES)).as("node finished").isTrue();
            System.out.println(output);
            assertThat(node.exitValue()).as("node --test exit code; its output:\n" + output).isZero();
            assertThat(output).contains("pass 28").contains("fail 0");
        } finally {
            provider.shutdown();
        }
    }
}
