package dev.gradio4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * What bounds the server's files: a store that is full refuses uploads (507), a client that
 * uploaded its hour's allowance is told to wait (429), and {@code deleteCache} removes old files
 * as Gradio's {@code delete_cache} does, making room again.
 */
@Timeout(30)
class UploadLimitsTest {
    static final byte[] TWENTY_BYTES = "twenty bytes of text".getBytes();

    static Server app(Launch options) {
        var text = Gr.textbox();
        var go = Button.of("go");
        go.click((String s) -> s, text, text);
        return Blocks.of(text, go).launch(options.port(0).quiet(true));
    }

    @Test
    void aFullStoreRefusesUploadsWithWhatToDo(@TempDir Path store) {
        try (var server = app(Launch.options().uploadDir(store).maxStoredBytes(30)); var client = new WireClient(server)) {
            assertThat(client.upload("a.txt", TWENTY_BYTES).statusCode()).isEqualTo(200);
            assertThat(client.upload("b.txt", "other twenty bytes..".getBytes()).statusCode()).isEqualTo(200);
            var full = client.upload("c.txt", "a third file of text".getBytes());
            assertThat(full.statusCode()).isEqualTo(507);
            assertThat(full.body()).contains("file store is full");
        }
    }

    @Test
    void aClientOverItsHourlyAllowanceIsToldToWait(@TempDir Path store) {
        try (var server = app(Launch.options().uploadDir(store).uploadBytesPerHour(30)); var client = new WireClient(server)) {
            assertThat(client.upload("a.txt", TWENTY_BYTES).statusCode()).isEqualTo(200);
            var refused = client.upload("b.txt", TWENTY_BYTES);
            assertThat(refused.statusCode()).isEqualTo(429);
            assertThat(refused.headers().firstValue("Retry-After")).isPresent();
            assertThat(refused.body()).contains("uploaded as much as it may this hour");
        }
    }

    @Test
    void deleteCacheRemovesOldFilesAndMakesRoom(@TempDir Path store) throws Exception {
        var options = Launch.options().uploadDir(store).maxStoredBytes(30).deleteCache(Duration.ofMillis(200), Duration.ofMillis(100));
        try (var server = app(options); var client = new WireClient(server)) {
            var first = client.upload("a.txt", TWENTY_BYTES);
            String path = (String) ((List<?>) WireClient.parse(first.body())).getFirst();
            client.upload("b.txt", "other twenty bytes..".getBytes());
            long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (java.nio.file.Files.exists(Path.of(path)) && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(Path.of(path)).doesNotExist();
            assertThat(client.upload("c.txt", "a third file of text".getBytes()).statusCode()).as("room again").isEqualTo(200);
        }
    }
}
