package dev.gradio4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reload mode on a real server: a single-file app is compiled in process, served, edited and
 * served again, with sessions' State and kept objects surviving, and failures reported while the
 * previous version keeps serving.
 */
class ReloadSessionTest {
    /** The app under edit: LABEL, GREETING and KEEP are replaced per test. */
    private static final String APP = """
            import dev.gradio4j.*;

            public class App {
                static final StringBuilder KEPT = Reload.keep("kept-KEY", () -> {
                    System.setProperty("loads-KEY", Integer.toString(Integer.getInteger("loads-KEY", 0) + 1));
                    return new StringBuilder("model");
                });

                static String greet(String name) { return "GREETING, " + name; }

                record Count(Integer state, Double shown) {}

                static Count count(Integer n) { return new Count(n + 1, n + 1.0); }

                public static void main(String[] args) {
                    var name = Gr.textbox().label("LABEL");
                    var out = Gr.textbox().label("greeting");
                    State<Integer> counter = State.of(0);
                    var shown = Gr.number().label("count");
                    var go = Button.of("go");
                    go.click(App::greet, name, out);
                    var more = Button.of("more");
                    more.click(App::count, counter, Outputs.of(counter, shown));
                    Blocks.of(name, out, shown, go, more).launch();
                }
            }
            """;

    @TempDir
    Path dir;
    Path file;
    String key;
    ReloadSession session;
    final ByteArrayOutputStream terminal = new ByteArrayOutputStream();
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws Exception {
        key = Long.toString(System.nanoTime());
        file = dir.resolve("App.java");
        write("name A", "Hello");
        session = new ReloadSession(AppSources.file(file, null), null, 0, new String[0],
                new PrintStream(terminal, true, StandardCharsets.UTF_8));
        assertThat(session.reload()).as(terminal.toString()).isTrue();
    }

    @AfterEach
    void stop() {
        session.close();
        http.close();
    }

    void write(String label, String greeting) throws Exception {
        Files.writeString(file, APP.replace("LABEL", label).replace("GREETING", greeting).replace("KEY", key));
    }

    String get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(session.server().url() + path)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    String run(String api, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(session.server().url() + "/gradio_api/run/" + api))
                .header("content-type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    @Test
    void anEditIsServedBySameServerWithStateAndKeptObjectsKept() throws Exception {
        String url = session.server().url();
        assertThat(get("/config")).contains("name A").contains("\"dev_mode\":true");
        assertThat(run("count", "{\"data\":[],\"session_hash\":\"session-1\"}")).contains("[null,1]");

        write("name B", "Howdy");
        assertThat(session.reload()).as(terminal.toString()).isTrue();

        assertThat(session.server().url()).isEqualTo(url);
        assertThat(get("/config")).contains("\"label\":\"name B\"").doesNotContain("\"label\":\"name A\"");
        assertThat(run("greet", "{\"data\":[\"Ada\"]}")).contains("Howdy, Ada");
        assertThat(run("count", "{\"data\":[],\"session_hash\":\"session-1\"}")).as("the session's State survived").contains("[null,2]");
        assertThat(run("count", "{\"data\":[],\"session_hash\":\"session-2\"}")).as("other sessions start afresh").contains("[null,1]");
        assertThat(Integer.getInteger("loads-" + key)).as("Reload.keep built its object once").isEqualTo(1);
    }

    @Test
    void componentsKeepTheirKeysAcrossAReload() throws Exception {
        String before = get("/config");
        write("name A", "Howdy");
        assertThat(session.reload()).isTrue();
        assertThat(keys(get("/config"))).isEqualTo(keys(before)).contains("textbox:name A");
    }

    @Test
    void aRenamedLabelKeepsItsKeySoThePageKeepsTheValue() throws Exception {
        assertThat(get("/config")).contains("\"key\":\"textbox:name A\"");
        write("your name", "Hello");
        assertThat(session.reload()).isTrue();
        String config = get("/config");
        assertThat(config).contains("\"label\":\"your name\"").contains("\"key\":\"textbox:name A\"")
                .doesNotContain("textbox:your name");
        assertThat(keys(config)).doesNotHaveDuplicates();
    }

    /** Each component's key, from the config. */
    private static java.util.List<String> keys(String config) {
        var components = tools.jackson.databind.json.JsonMapper.builder().build().readTree(config).get("components");
        var keys = new java.util.ArrayList<String>();
        components.forEach(component -> keys.add(component.get("key").asString()));
        return keys;
    }

    @Test
    void aCompileErrorIsReportedToPagesAndThePreviousVersionKeepsServing() throws Exception {
        BlockingQueue<String> events = new LinkedBlockingQueue<>();
        var stream = http.send(HttpRequest.newBuilder(URI.create(session.server().url() + "/gradio_api/dev/reload")).build(),
                HttpResponse.BodyHandlers.ofLines());
        Thread.ofVirtual().start(() -> {
            try (Stream<String> lines = stream.body()) {
                for (Iterator<String> it = lines.iterator(); it.hasNext(); ) {
                    events.add(it.next());
                }
            }
        });

        Files.writeString(file, Files.readString(file).replace("return \"Hello, \" + name;", "return \"Hello, \" + name"));
        assertThat(session.reload()).isFalse();
        assertThat(next(events, "event: ")).isEqualTo("event: error");
        assertThat(next(events, "data: ")).contains("App.java:9: error: ';' expected").contains("^");
        assertThat(terminal.toString()).contains("App.java:9: error: ';' expected");
        assertThat(run("greet", "{\"data\":[\"Ada\"]}")).as("the last good version serves").contains("Hello, Ada");

        write("name A", "Fixed");
        assertThat(session.reload()).isTrue();
        assertThat(next(events, "event: ")).isEqualTo("event: reload");
        assertThat(run("greet", "{\"data\":[\"Ada\"]}")).contains("Fixed, Ada");
    }

    @Test
    void keepingAnObjectOfTheAppsOwnClassIsRefusedWithTheReason() throws Exception {
        write("x", "Hi");
        Files.writeString(file, Files.readString(file).replace("static final StringBuilder KEPT",
                "static final Object OWN = Reload.keep(\"own-" + key + "\", App::new);\n    static final StringBuilder KEPT"));
        assertThat(session.reload()).isFalse();
        assertThat(terminal.toString()).contains("a class of the app's own code").contains("own-" + key);
    }

    @Test
    void aDeletedFileSaysSoAndTheLastVersionKeepsServing() throws Exception {
        Files.delete(file);
        assertThat(session.reload()).isFalse();
        assertThat(terminal.toString()).contains("App.java was deleted or moved");
        assertThat(run("greet", "{\"data\":[\"Ada\"]}")).contains("Hello, Ada");
    }

    @Test
    void aMainThatThrowsIsReportedWithItsStackTrace() throws Exception {
        Files.writeString(file, Files.readString(file).replace("var name = ", "if (args.length == 0) throw new IllegalStateException(\"no model file\");\n        var name = "));
        assertThat(session.reload()).isFalse();
        assertThat(terminal.toString()).contains("IllegalStateException: no model file").contains("App.main(App.java:16)").doesNotContain("dev.gradio4j.cli");
        assertThat(run("greet", "{\"data\":[\"Ada\"]}")).contains("Hello, Ada");
    }

    @Test
    void aMainThatNeverLaunchesSaysSo() throws Exception {
        Files.writeString(file, "public class App { public static void main(String[] args) {} }");
        assertThat(session.reload()).isFalse();
        assertThat(terminal.toString()).contains("without calling launch()");
    }

    private static String next(BlockingQueue<String> lines, String prefix) throws InterruptedException {
        while (true) {
            String line = lines.poll(10, TimeUnit.SECONDS);
            assertThat(line).as("a line starting with " + prefix).isNotNull();
            if (line.startsWith(prefix) && !line.equals("event: heartbeat")) {
                return line;
            }
        }
    }
}
