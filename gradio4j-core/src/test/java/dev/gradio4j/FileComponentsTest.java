package dev.gradio4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code Image} and {@code File} both ways: an uploaded file's FileData in, the handler's
 * {@code BufferedImage} / {@code Path} / bytes, and FileData out with a URL that serves what the
 * handler returned. Paths that were never uploaded are refused.
 */
@Timeout(30)
class FileComponentsTest {
    @TempDir
    static Path uploads;
    @TempDir
    static Path outputs;
    static Server server;
    static WireClient client;
    static final AtomicReference<Object> received = new AtomicReference<>();

    /** Mirrors the image left to right. */
    static BufferedImage mirror(BufferedImage image) {
        received.set(image);
        var out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                out.setRGB(image.getWidth() - 1 - x, y, image.getRGB(x, y));
            }
        }
        return out;
    }

    static Path upper(Path file) throws Exception {
        received.set(file);
        Path out = outputs.resolve("upper_" + file.getFileName());
        Files.writeString(out, Files.readString(file).toUpperCase(Locale.ROOT));
        return out;
    }

    @BeforeAll
    static void start() {
        var image = Gr.image();
        var imagePath = Image.asPath();
        var imageBytes = Image.asBytes();
        var file = Gr.file();
        var files = Gr.files();
        var go = Button.of("go");
        go.click(FileComponentsTest::mirror, image, image);
        go.click((Path path) -> {
            received.set(path);
            return path;
        }, imagePath, imagePath).apiName("image_path");
        go.click((byte[] bytes) -> {
            received.set(bytes);
            return bytes;
        }, imageBytes, imageBytes).apiName("image_bytes");
        go.click(FileComponentsTest::upper, file, file);
        go.click((List<Path> paths) -> {
            received.set(paths);
            return new ArrayList<>(paths).reversed();
        }, files, files).apiName("reverse_files");
        go.click((Path ignored) -> Path.of("/etc/passwd"), file, file).apiName("leak");
        server = Blocks.of(image, imagePath, imageBytes, file, files, go)
                .launch(Launch.options().port(0).quiet(true).uploadDir(uploads));
        client = new WireClient(server);
    }

    @AfterAll
    static void stop() {
        client.close();
        server.close();
    }

    static byte[] png(BufferedImage image) throws Exception {
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** Uploads content and returns the FileData payload a client would send for it. */
    static Map<String, Object> uploaded(String name, byte[] content) {
        var response = client.upload(name, content);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        String path = (String) ((List<?>) WireClient.parse(response.body())).getFirst();
        return WireClient.fileData(path, name);
    }

    static Object run(String api, Object payload) {
        var response = client.post("/gradio_api/run/" + api, Map.of("data", Arrays.asList(payload)));
        assertThat(response.statusCode()).as("%s: %s", api, response.body()).isEqualTo(200);
        return ((List<?>) WireClient.object(response.body()).get("data")).getFirst();
    }

    /** Downloads an output's {@code url}, which must be absolute and on this server. */
    static byte[] download(Object fileData) throws Exception {
        String url = (String) ((Map<?, ?>) fileData).get("url");
        assertThat(url).startsWith(client.base() + "/gradio_api/file=");
        try (var http = java.net.http.HttpClient.newHttpClient()) {
            var response = http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).isEqualTo(200);
            return response.body();
        }
    }

    static BufferedImage twoPixels() {
        var image = new BufferedImage(2, 1, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, 0x00FF00);
        image.setRGB(1, 0, 0x0000FF);
        return image;
    }

    @Test
    void anImageArrivesAsABufferedImageAndGoesBackAsAServedPng() throws Exception {
        var out = (Map<?, ?>) run("mirror", uploaded("in.png", png(twoPixels())));

        var seen = (BufferedImage) received.get();
        assertThat(seen.getWidth()).isEqualTo(2);
        assertThat(seen.getRGB(0, 0) & 0xFFFFFF).isEqualTo(0x00FF00);
        assertThat(out.get("meta")).isEqualTo(Map.of("_type", "gradio.FileData"));
        assertThat(out.get("mime_type")).isEqualTo("image/png");
        BufferedImage served = ImageIO.read(new ByteArrayInputStream(download(out)));
        assertThat(served.getRGB(0, 0) & 0xFFFFFF).as("mirrored").isEqualTo(0x0000FF);
        assertThat(served.getRGB(1, 0) & 0xFFFFFF).isEqualTo(0x00FF00);
    }

    @Test
    void aFileThatIsNotAnImageIsAClearError() {
        var response = client.post("/gradio_api/run/mirror", Map.of("data", List.of(uploaded("notes.png", "not a png".getBytes()))));
        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(WireClient.object(response.body()).get("error")).asString().contains("not an image");
    }

    @Test
    void anImageAsPathOrBytesKeepsTheFilesBytes() throws Exception {
        byte[] content = png(twoPixels());
        var asPath = (Map<?, ?>) run("image_path", uploaded("p.png", content));
        assertThat(Files.readAllBytes((Path) received.get())).isEqualTo(content);
        assertThat(download(asPath)).isEqualTo(content);

        var asBytes = (Map<?, ?>) run("image_bytes", uploaded("b.png", content));
        assertThat((byte[]) received.get()).isEqualTo(content);
        assertThat(asBytes.get("orig_name")).as("named from the detected format").isEqualTo("image.png");
        assertThat(download(asBytes)).isEqualTo(content);
    }

    @Test
    void aFileArrivesAsTheUploadedPathAndTheReturnedPathIsServed() throws Exception {
        var out = (Map<?, ?>) run("upper", uploaded("notes.txt", "hello file".getBytes(StandardCharsets.UTF_8)));

        Path seen = (Path) received.get();
        assertThat(seen.getFileName()).hasToString("notes.txt");
        assertThat(seen.toRealPath()).startsWith(uploads.toRealPath());
        assertThat(out.get("orig_name")).isEqualTo("upper_notes.txt");
        assertThat(((java.lang.Number) out.get("size")).longValue()).isEqualTo(10);
        assertThat(new String(download(out), StandardCharsets.UTF_8)).isEqualTo("HELLO FILE");
        assertThat(Path.of((String) out.get("path")).toRealPath()).as("published into the upload directory")
                .startsWith(uploads.toRealPath());
    }

    @Test
    @SuppressWarnings("unchecked")
    void severalFilesArriveAsAListOfPaths() throws Exception {
        var payload = List.of(uploaded("one.txt", "1".getBytes()), uploaded("two.txt", "2".getBytes()));
        var out = (List<Map<String, Object>>) run("reverse_files", payload);

        assertThat(((List<Path>) received.get()).stream().map(p -> p.getFileName().toString())).containsExactly("one.txt", "two.txt");
        assertThat(out).extracting(f -> f.get("orig_name")).containsExactly("two.txt", "one.txt");
        assertThat(new String(download(out.getFirst()), StandardCharsets.UTF_8)).isEqualTo("2");
    }

    @Test
    void pathsThatWereNeverUploadedAreRefused() {
        var local = client.post("/gradio_api/run/upper", Map.of("data", List.of(WireClient.fileData("/etc/passwd", "passwd"))));
        assertThat(local.statusCode()).isEqualTo(500);
        assertThat(WireClient.object(local.body()).get("error")).asString().contains("not uploaded");
        assertThat(received.get()).isNotEqualTo(Path.of("/etc/passwd"));

        var url = client.post("/gradio_api/run/upper", Map.of("data", List.of(WireClient.fileData("https://example.com/x.txt", "x.txt"))));
        assertThat(WireClient.object(url.body()).get("error")).asString().contains("uploaded");
    }

    @Test
    void fileDataWithoutMetaIsRefusedBeforeTheHandlerRuns() {
        var response = client.post("/gradio_api/run/upper", Map.of("data", List.of(Map.of("path", "/tmp/x"))));
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("meta");
    }

    @Test
    void aHandlerCannotPublishFilesOutsideTheAllowedPlaces() throws Exception {
        assertThat(Path.of("/etc/passwd")).isRegularFile();
        var response = client.post("/gradio_api/run/leak", Map.of("data", List.of(uploaded("x.txt", "x".getBytes()))));
        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(WireClient.object(response.body())).containsEntry("error", null);
        try (var stored = Files.walk(uploads)) {
            assertThat(stored.map(p -> p.getFileName().toString())).doesNotContain("passwd");
        }
    }
}
