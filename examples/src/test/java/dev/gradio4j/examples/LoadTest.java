package dev.gradio4j.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.gradio4j.Blocks;
import dev.gradio4j.Gr;
import dev.gradio4j.Launch;
import dev.gradio4j.Server;
import dev.gradio4j.client.Client;
import dev.gradio4j.client.FileInput;
import dev.gradio4j.client.GradioClientException;
import dev.gradio4j.client.GradioClientException.Kind;
import dev.gradio4j.client.RemoteFile;
import dev.gradio4j.client.Result;
import dev.gradio4j.examples.snippets.LoadSnippets;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code Gr.load}: {@code src/test/python/load/remote.py} served by the real Gradio 6 is loaded,
 * the copy served by gradio4j, and both are called with the Java client and with the official
 * Python client: the answers are the same. The remote's {@code gr.Code}, which gradio4j lacks, is
 * named and the rest works; a remote that is down is said to be.
 */
@Timeout(300)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LoadTest {
    private ClientSuites.GradioTwin remote;
    private Blocks copy;
    private Server local;
    private String warnings;

    @BeforeAll
    void loadTheRemote() throws Exception {
        remote = new ClientSuites.GradioTwin(Path.of("load", "remote.py"));
        PrintStream err = System.err;
        var printed = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));
            copy = Gr.load(remote.url);
        } finally {
            System.setErr(err);
            warnings = printed.toString(StandardCharsets.UTF_8);
            err.print(warnings);
        }
        local = copy.launch(Launch.options().port(0).quiet(true));
    }

    @AfterAll
    void stop() {
        if (local != null) {
            local.close();
        }
        if (remote != null) {
            remote.close();
        }
    }

    @Test
    void theCopyHasTheRemotesComponentsLayoutAndEndpoints() {
        try (var there = Client.connect(remote.url); var here = Client.connect(local.url())) {
            List<String> remoteBlocks = blocks(there.config());
            List<String> localBlocks = blocks(here.config());
            // the one difference: gr.Code, which gradio4j has not, is a note here
            assertThat(localBlocks).isEqualTo(remoteBlocks.stream().map(b -> b.startsWith("code ") ? "markdown null" : b).toList());
            assertThat(here.config().get("title")).isEqualTo("Remote");
            assertThat(here.viewApi().endpoints()).hasSameSizeAs(there.viewApi().endpoints());
            for (var endpoint : there.viewApi().endpoints()) {
                var mine = here.viewApi().endpoint(endpoint.name()).orElseThrow();
                assertThat(mine.parameters().stream().map(p -> p.name()).toList()).as(endpoint.name())
                        .isEqualTo(endpoint.parameters().stream().map(p -> p.name()).toList());
                if (!endpoint.name().equals("/as_code")) {
                    assertThat(mine.returns()).as(endpoint.name()).hasSameSizeAs(endpoint.returns());
                }
            }
        }
    }

    @Test
    void aComponentGradio4jLacksIsNamedAndTheRestWorks() {
        assertThat(warnings).contains("without code \"code\"").contains("gradio4j has no such component yet");
        try (var here = Client.connect(local.url())) {
            assertThat(here.config().toString()).contains("gradio4j cannot show the remote's `code` \"code\" yet");
            assertThat(here.predict("/as_code", "hi").values()).isEmpty();   // called on the remote; its answer has no place here
            assertThat(here.predict("/greet", "Ada").text(0)).isEqualTo("Hello, Ada!");
        }
    }

    @Test
    void theJavaClientGetsTheRemotesAnswersFromTheCopy(@TempDir Path dir) throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.txt"), "some notes");
        Path picture = picture(dir);
        try (var there = Client.connect(remote.url); var here = Client.connect(local.url())) {
            for (Client client : List.of(there, here)) {
                String which = client == here ? "the copy" : "the remote";
                assertThat(client.predict("/greet", "Ada", "?", true).text(0)).as(which).isEqualTo("HELLO, ADA?");
                assertThat(client.predict("/greet", Map.of("name", "Bo")).text(0)).as(which).isEqualTo("Hello, Bo!");
                assertThat(client.predict("/add", 2, 5).number(0)).as(which).isEqualTo(7.0);
                assertThat(client.submit("/stream", "abc").outputs().map(r -> r.text(0)).distinct().toList()).as(which)
                        .containsExactly("a", "ab", "abc");
                assertThat(client.predict("/pick", "green", List.of("S", "L"), 4).get(0)).as(which)
                        .isEqualTo(there.predict("/pick", "green", List.of("S", "L"), 4).get(0))
                        .isEqualTo(Map.of("colour", "green", "sizes", List.of("S", "L"), "size", 4));
                RemoteFile upper = client.predict("/upper_file", FileInput.of(notes)).file(0);
                assertThat(new String(upper.bytes(), StandardCharsets.UTF_8)).as(which).isEqualTo("SOME NOTES");
                BufferedImage mirrored = ImageIO.read(new ByteArrayInputStream(client.predict("/mirror", picture).file(0).bytes()));
                assertThat(mirrored.getRGB(0, 0) & 0xffffff).as(which).isEqualTo(0x0000ff);   // blue came left
                assertThat(mirrored.getRGB(1, 0) & 0xffffff).as(which).isEqualTo(0xff0000);
            }
        }
    }

    @Test
    void eachSessionOfTheCopyHasItsOwnStateOnTheRemote() {
        try (var first = Client.connect(local.url()); var second = Client.connect(local.url())) {
            assertThat(first.predict("/count").text(0)).isEqualTo("called 1 times");
            assertThat(first.predict("/count").text(0)).isEqualTo("called 2 times");
            assertThat(second.predict("/count").text(0)).isEqualTo("called 1 times");
        }
    }

    @Test
    void theOfficialPythonClientGetsTheSameAnswersFromTheCopyAsFromTheRemote(@TempDir Path dir) throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.txt"), "some notes");
        Path picture = picture(dir);
        String fromRemote = python(remote.url, notes, picture);
        String fromCopy = python(local.url(), notes, picture);
        assertThat(fromRemote).contains("\"greet\": \"HELLO, ADA?\"").contains("\"upper_file\": \"SOME NOTES\"");
        assertThat(fromCopy).isEqualTo(fromRemote);
    }

    @Test
    void theCopyIsCallableFromJava() {
        assertThat(copy.call("/greet", "Ada", "!", false)).isEqualTo("Hello, Ada!");
        assertThat(copy.call("/add", 1, 2)).isEqualTo(3);   // as the remote wrote it
        assertThatThrownBy(() -> copy.call("/nope")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no endpoint /nope").hasMessageContaining("/greet, /load_example, /greet_1, /stream, /add");
        assertThat(LoadSnippets.call()).isEqualTo(List.of(5.0, List.of("a", "bc")));
        assertThat(LoadSnippets.interfaceCall()).isEqualTo("Hello, Ada!");
        try (Server again = LoadSnippets.load(remote.url); var client = Client.connect(again.url())) {
            assertThat(client.predict("/greet", "Cy").text(0)).isEqualTo("Hello, Cy!");
        }
    }

    @Test
    void theCopysApiDescribesEachValueAsTheRemotesApiDoes() throws Exception {
        Map<?, ?> there = (Map<?, ?>) get(remote.url + "/gradio_api/info").get("named_endpoints");
        Map<?, ?> here = (Map<?, ?>) get(local.url() + "/gradio_api/info").get("named_endpoints");
        assertThat(here.keySet()).isEqualTo(there.keySet());
        for (Object name : there.keySet()) {
            if (name.equals("/as_code")) {
                continue;   // its gr.Code is a note here, and returns nothing
            }
            Map<?, ?> theirs = (Map<?, ?>) there.get(name);
            Map<?, ?> mine = (Map<?, ?>) here.get(name);
            assertThat(fields((List<?>) mine.get("parameters"), "label", "parameter_name", "parameter_has_default", "parameter_default",
                    "type", "python_type", "component", "example_input")).as(name + " parameters")
                    .isEqualTo(fields((List<?>) theirs.get("parameters"), "label", "parameter_name", "parameter_has_default",
                            "parameter_default", "type", "python_type", "component", "example_input"));
            assertThat(fields((List<?>) mine.get("returns"), "label", "type", "python_type", "component")).as(name + " returns")
                    .isEqualTo(fields((List<?>) theirs.get("returns"), "label", "type", "python_type", "component"));
        }
        assertThat(here.toString()).contains("python_type={type=filepath");   // the remote's words, in its order
    }

    @Test
    void clickingAnExampleOfTheCopyFillsTheInputsAndRunsAsOnTheRemote() throws Exception {
        Map<String, Object> onTheRemote = ExampleClicks.click(remote.url, 0);
        assertThat(onTheRemote).containsEntry("name", "Ada").containsEntry("greeting", "HELLO, ADA?");
        assertThat(ExampleClicks.click(local.url(), 0)).isEqualTo(onTheRemote);
        assertThat(ExampleClicks.click(local.url(), 1)).isEqualTo(ExampleClicks.click(remote.url, 1))
                .containsEntry("greeting", "Hello, Bo.");
        try (var here = Client.connect(local.url())) {
            assertThat(here.config().toString()).contains("samples=[[Ada, ?, true], [Bo, ., false]]");
        }
    }

    @Test
    void theRemotesFilesReachThePageThroughTheCopyAndNoOtherUrlDoes() throws Exception {
        String url;
        try (var here = Client.connect(local.url())) {
            Map<?, ?> readme = ((List<?>) here.config().get("components")).stream().map(c -> (Map<?, ?>) ((Map<?, ?>) c).get("props"))
                    .filter(props -> "readme".equals(props.get("label"))).findFirst().orElseThrow();
            url = (String) ((Map<?, ?>) readme.get("value")).get("url");
        }
        String proxy = local.url() + "/gradio_api/proxy=";
        assertThat(url).startsWith(proxy + remote.url.replace("://", ":/") + "/gradio_api/file=");
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> file = http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(file.statusCode()).isEqualTo(200);
            assertThat(file.body()).isEqualTo("read me");
            // another route of the remote is not one of its files
            HttpResponse<String> config = http.send(HttpRequest.newBuilder(URI.create(proxy + remote.url.replace("://", ":/")
                    + "/config")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(config.statusCode()).isEqualTo(400);
            assertThat(config.body()).contains("This URL cannot be proxied").contains("the loaded app " + remote.url);
            // nor is anything of another server, even at a file route's path
            var asked = new java.util.concurrent.atomic.AtomicInteger();
            HttpServer foreign = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            foreign.createContext("/", exchange -> {
                asked.incrementAndGet();
                exchange.sendResponseHeaders(200, 6);
                exchange.getResponseBody().write("secret".getBytes(StandardCharsets.UTF_8));
                exchange.close();
            });
            foreign.start();
            try {
                String elsewhere = "http:/127.0.0.1:" + foreign.getAddress().getPort() + "/gradio_api/file=/etc/hostname";
                HttpResponse<String> refused = http.send(HttpRequest.newBuilder(URI.create(proxy + elsewhere))
                        .build(), HttpResponse.BodyHandlers.ofString());
                assertThat(refused.statusCode()).isEqualTo(400);
                assertThat(refused.body()).contains("This URL cannot be proxied").doesNotContain("secret");
                assertThat(asked).hasValue(0);
            } finally {
                foreign.stop(0);
            }
        }
    }

    @Test
    void aSessionThatEndsOnTheCopyEndsOnTheRemoteToo() throws Exception {
        // a copy that keeps one session: each new one pushes out the one before
        try (Server small = Gr.load(remote.url).launch(Launch.options().port(0).quiet(true).sessionCapacity(1));
             var there = Client.connect(remote.url)) {
            double before = there.predict("/unloads").number(0);
            try (var first = Client.connect(small.url())) {
                assertThat(first.predict("/count").text(0)).isEqualTo("called 1 times");
                assertThat(first.predict("/count").text(0)).isEqualTo("called 2 times");
            }
            try (var second = Client.connect(small.url())) {
                assertThat(second.predict("/count").text(0)).isEqualTo("called 1 times");
                // the first session is gone here, so its client of the remote is closed: the remote unloads it
                long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
                while (there.predict("/unloads").number(0) <= before && System.nanoTime() < deadline) {
                    Thread.sleep(250);
                }
                assertThat(there.predict("/unloads").number(0)).isGreaterThan(before);
            }
        }
    }

    @Test
    void aRemoteThatIsDownIsSaidToBe() throws Exception {
        String url;
        try (var socket = new ServerSocket(0)) {
            url = "http://127.0.0.1:" + socket.getLocalPort();
        }
        assertThatThrownBy(() -> Gr.load(url)).isInstanceOfSatisfying(GradioClientException.class, e -> {
            assertThat(e.kind()).isEqualTo(Kind.APP_DOWN);
            assertThat(e).hasMessageContaining("Cannot connect to " + url).hasMessageContaining("start the app");
        });
    }

    /** The blocks in layout order as "type label", forms and state left out (gradio4j groups forms again). */
    private static List<String> blocks(Map<String, ?> config) {
        Map<Object, Map<?, ?>> byId = new java.util.HashMap<>();
        for (Object c : (List<?>) config.get("components")) {
            byId.put(((Number) ((Map<?, ?>) c).get("id")).intValue(), (Map<?, ?>) c);
        }
        List<String> out = new ArrayList<>();
        walk((Map<?, ?>) config.get("layout"), byId, out);
        return out;
    }

    private static void walk(Map<?, ?> node, Map<Object, Map<?, ?>> byId, List<String> out) {
        for (Object child : node.get("children") instanceof List<?> list ? list : List.of()) {
            Map<?, ?> childNode = (Map<?, ?>) child;
            Map<?, ?> component = byId.get(((Number) childNode.get("id")).intValue());
            String type = String.valueOf(component.get("type"));
            if (!type.equals("form") && !type.equals("state")) {
                out.add(type + " " + ((Map<?, ?>) component.get("props")).get("label"));
            }
            walk(childNode, byId, out);
        }
    }

    private static Map<?, ?> get(String url) throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            String body = http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString()).body();
            return tools.jackson.databind.json.JsonMapper.builder().build().readValue(body, Map.class);
        }
    }

    /** The named fields of each item. */
    private static List<Map<String, Object>> fields(List<?> items, String... names) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Object item : items) {
            Map<String, Object> kept = new java.util.LinkedHashMap<>();
            for (String name : names) {
                kept.put(name, ((Map<?, ?>) item).get(name));
            }
            out.add(kept);
        }
        return out;
    }

    /** Two pixels, red then blue. */
    private static Path picture(Path dir) throws Exception {
        var image = new BufferedImage(2, 1, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, 0xff0000);
        image.setRGB(1, 0, 0x0000ff);
        Path file = dir.resolve("picture.png");
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    private static String python(String url, Path notes, Path picture) throws InterruptedException {
        var builder = new ProcessBuilder(ClientSuites.python().toString(), "load/call.py", url, notes.toString(), picture.toString())
                .directory(ClientSuites.PYTHON.toFile());
        builder.environment().putAll(Map.of("GRADIO_ANALYTICS_ENABLED", "False", "HF_HUB_OFFLINE", "1"));
        try (ChildProcess python = ChildProcess.start(builder)) {
            String output = python.awaitSuccess(Duration.ofMinutes(2));
            return output.lines().filter(line -> line.startsWith("{")).collect(Collectors.joining("\n"));
        }
    }
}
