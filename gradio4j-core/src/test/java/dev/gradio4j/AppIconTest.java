package dev.gradio4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gradio4j.internal.json.JsonCodec;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /favicon.ico} and {@code /manifest.json}: gradio4j's logo, or the app's own icon file. */
class AppIconTest {
    static final HttpClient http = HttpClient.newHttpClient();

    @AfterAll
    static void close() {
        http.close();
    }

    static HttpResponse<byte[]> get(Server server, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.url() + path)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void withoutAFaviconTheIconIsGradio4jsLogoAndTheManifestCarriesTheTitle() throws Exception {
        try (Server server = Blocks.of(Markdown.of("# hi")).title("Icon test").launch(Launch.options().port(0).quiet(true))) {
            var icon = get(server, "/favicon.ico");
            assertThat(icon.statusCode()).isEqualTo(200);
            assertThat(icon.headers().firstValue("content-type")).contains("image/svg+xml");
            assertThat(new String(icon.body())).startsWith("<svg").contains("#f97316");

            var manifest = get(server, "/manifest.json");
            assertThat(manifest.statusCode()).isEqualTo(200);
            assertThat(manifest.headers().firstValue("content-type")).contains("application/manifest+json");
            assertThat(JsonCodec.parse(new String(manifest.body()))).isEqualTo(Map.of("name", "Icon test",
                    "icons", List.of(Map.of("src", "favicon.ico", "sizes", "any", "type", "image/svg+xml", "purpose", "any")),
                    "start_url", "./", "display", "standalone"));
            assertThat(new String(get(server, "/").body())).contains("<link rel=\"manifest\" href=\"manifest.json\">")
                    .doesNotContain("<link rel=\"icon\" href=\"favicon.ico\">");
        }
    }

    @Test
    void aLaunchFaviconIsServedAsItIsAndThePageAndManifestUseIt(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("icon.png");
        byte[] bytes = new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 1, 2, 3};
        Files.write(png, bytes);
        try (Server server = Blocks.of(Markdown.of("# hi")).launch(Launch.options().port(0).quiet(true).favicon(png))) {
            var icon = get(server, "/favicon.ico");
            assertThat(icon.statusCode()).isEqualTo(200);
            assertThat(icon.headers().firstValue("content-type")).contains("image/png");
            assertThat(icon.body()).isEqualTo(bytes);
            assertThat(new String(get(server, "/manifest.json").body())).contains("\"type\":\"image/png\"");
            assertThat(new String(get(server, "/").body())).contains("<link rel=\"icon\" href=\"favicon.ico\">");

            Files.delete(png);
            var gone = get(server, "/favicon.ico");
            assertThat(gone.statusCode()).isEqualTo(404);
            assertThat(new String(gone.body())).contains("favicon").contains(png.toString());
        }
    }

    @Test
    void aFaviconThatIsNoFileIsRefusedAtLaunchSayingWhere(@TempDir Path dir) {
        Path missing = dir.resolve("nope.ico");
        assertThatThrownBy(() -> Launch.options().favicon(missing)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(missing.toString()).hasMessageContaining("favicon");
        assertThatThrownBy(() -> Launch.options().favicon(dir)).isInstanceOf(IllegalArgumentException.class);
    }
}
