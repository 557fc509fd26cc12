package dev.gradio4j.internal.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gradio4j.Blocks;
import dev.gradio4j.Gr;
import dev.gradio4j.Launch;
import dev.gradio4j.Server;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * An app behind a proxy that serves it under a path of its own (Gradio's {@code root_path}): the
 * URLs it gives out carry the prefix, it answers with or without it, and a trusted proxy can say
 * the prefix per request with {@code X-Forwarded-Prefix}.
 */
@Timeout(30)
class RootPathTest {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    static Server serve(Launch options) {
        return Blocks.of(Gr.textbox()).launch(options.port(0).quiet(true));
    }

    static HttpResponse<String> get(Server server, String path, String... headers) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(server.url() + path)).timeout(Duration.ofSeconds(5));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aRootPathPrefixesTheConfigRootAndRequestsWorkWithOrWithoutIt() throws Exception {
        try (Server server = serve(Launch.options().rootPath("/demo/"))) {
            String root = "\"root\":\"" + server.url() + "/demo\"";
            assertThat(get(server, "/config").body()).contains(root);
            assertThat(get(server, "/demo/config").body()).contains(root);

            var bare = get(server, "/demo?view=api");
            assertThat(bare.statusCode()).isEqualTo(302);
            assertThat(bare.headers().firstValue("Location")).hasValue(server.url() + "/demo/?view=api");
            assertThat(get(server, "/demo/").statusCode()).isEqualTo(200);

            var missing = get(server, "/demo/nowhere");
            assertThat(missing.statusCode()).isEqualTo(404);
            assertThat(missing.body()).contains("no route /nowhere").contains("its root is " + server.url() + "/demo/");
        }
    }

    @Test
    void aWholeUrlRootFixesTheOriginTooSoItsPagesMayPost() throws Exception {
        try (Server server = serve(Launch.options().rootPath("https://tools.example.com/demo"))) {
            assertThat(get(server, "/config").body()).contains("\"root\":\"https://tools.example.com/demo\"");
            var fromThePublicPage = HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + "/gradio_api/reset"))
                    .header("Origin", "https://tools.example.com").POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(fromThePublicPage.statusCode()).isEqualTo(200);
            var fromTheServersOwnAddress = HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + "/gradio_api/reset"))
                    .header("Origin", server.url()).POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(fromTheServersOwnAddress.statusCode()).isEqualTo(403);
        }
    }

    @Test
    void onlyATrustedProxyMaySayThePrefix() throws Exception {
        try (Server trusting = serve(Launch.options().trustedProxies("127.0.0.1"));
             Server untrusting = serve(Launch.options())) {
            assertThat(get(trusting, "/config", "X-Forwarded-Prefix", "/team/tools/").body())
                    .contains("\"root\":\"" + trusting.url() + "/team/tools\"");
            assertThat(get(trusting, "/config", "X-Forwarded-Prefix", "not a path").body())
                    .contains("\"root\":\"" + trusting.url() + "\"");
            assertThat(get(untrusting, "/config", "X-Forwarded-Prefix", "/team/tools").body())
                    .contains("\"root\":\"" + untrusting.url() + "\"");
        }
    }

    @Test
    void theLoginCookieIsScopedToThePrefix() throws Exception {
        try (Server server = serve(Launch.options().rootPath("/demo").auth("ada", "lovelace1815"))) {
            var login = AuthTest.login(server, "ada", "lovelace1815");
            assertThat(login.headers().firstValue("Set-Cookie").orElseThrow()).contains("Path=/demo/");
        }
    }

    @Test
    void aRootPathThatIsNeitherAPathNorAUrlIsRefusedAtOnce() {
        assertThatThrownBy(() -> Launch.options().rootPath("demo"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("a path (/demo) or a whole URL");
        assertThatThrownBy(() -> Launch.options().rootPath("ftp://example.com/x"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
