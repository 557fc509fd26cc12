package dev.gradio4j.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gradio4j.ChatInterface;
import dev.gradio4j.ChatMessage;
import dev.gradio4j.FlaggingMode;
import dev.gradio4j.Gr;
import dev.gradio4j.Image;
import dev.gradio4j.Interface;
import dev.gradio4j.JdbcLogger;
import dev.gradio4j.Launch;
import dev.gradio4j.Server;
import dev.gradio4j.examples.parity.FlaggingOptions;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.h2.tools.Csv;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/**
 * Flagging, as Gradio's: the official Python client flags through the Flag buttons' endpoints
 * ({@code test_flagging.py}, also run on the real Gradio serving the same app), the log is
 * Gradio's CSV, a JDBC callback writes into a real H2 database, and bad set-ups fail at launch.
 * In Chromium ({@code src/test/js/flagging.test.mjs}), a Flag button and a chat's thumbs log
 * what the page shows.
 */
class FlaggingTest {
    private static final int FLAGGING_CHECKS = 3;

    @Test
    void thePythonClientFlagsIntoGradiosCsvLog(@TempDir Path folder) throws Exception {
        try (Server server = FlaggingOptions.app(folder).launch(Launch.options().port(0).quiet(true))) {
            assertThat(ClientSuites.pytest("test_flagging.py", server.url(), true, Map.of("FLAG_DIR", folder.toString())))
                    .contains(FLAGGING_CHECKS + " passed");
        }
    }

    @Test
    void theFlaggingSuiteExpectsWhatTheRealGradioDoes(@TempDir Path folder) throws Exception {
        try (var twin = new ClientSuites.GradioTwin(Path.of("twins", "flagging.py"), folder.toString())) {
            assertThat(ClientSuites.pytest("test_flagging.py", twin.url, false, Map.of("FLAG_DIR", folder.toString())))
                    .contains(FLAGGING_CHECKS + " passed");
        }
    }

    @Test
    void aJdbcCallbackWritesEachFlagIntoADatabaseTable(@TempDir Path folder) throws Exception {
        String url = "jdbc:h2:" + folder.resolve("flags").toAbsolutePath();
        var app = Interface.of((String text) -> text.toUpperCase(), Gr.textbox().label("text"), Gr.textbox().label("shout"))
                .flaggingOptions("wrong")
                .flaggingCallback(JdbcLogger.of(url, "flags"))
                .flaggingDir(folder);
        try (Server server = app.launch(Launch.options().port(0).quiet(true))) {
            call(server, "Flag", "[\"hi, there\", \"HI, THERE\"]");
            call(server, "Flag", "[\"=cmd\", null]");
        }
        List<List<String>> rows = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(url);
             ResultSet result = db.createStatement().executeQuery("SELECT \"text\", \"shout\", \"flag\", \"username\", \"timestamp\" FROM flags")) {
            while (result.next()) {
                rows.add(Arrays.asList(result.getString(1), result.getString(2), result.getString(3),
                        result.getString(4), result.getString(5) == null ? null : "time"));
            }
        }
        assertThat(rows).containsExactly(Arrays.asList("hi, there", "HI, THERE", "wrong", null, "time"),
                Arrays.asList("=cmd", "", "wrong", null, "time"));
    }

    @Test
    void aFlaggingFolderThatCannotBeMadeFailsAtLaunch(@TempDir Path folder) throws Exception {
        Path file = Files.writeString(folder.resolve("taken"), "not a folder");
        var app = Interface.of((String text) -> text, "text", "text").flaggingDir(file.resolve("flags"));
        assertThatThrownBy(app::toBlocks).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(file + " is a file").hasMessageContaining("flaggingDir(..)");
    }

    @Test
    void flaggingOptionsOutsideManualModeAndBlankOnesAreRefused() {
        var auto = Interface.of((String text) -> text, "text", "text").flaggingMode(FlaggingMode.AUTO).flaggingOptions("bad");
        assertThatThrownBy(auto::toBlocks).isInstanceOf(IllegalStateException.class).hasMessageContaining("FlaggingMode.MANUAL");
        var app = Interface.of((String text) -> text, "text", "text");
        assertThatThrownBy(() -> app.flaggingOptions(" ")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("blank");
        assertThatThrownBy(() -> app.flaggingOptions("a", "a")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
    }

    @Test
    void aFlagWhoseFileVanishedWritesNoRowAndSaysWhy(@TempDir Path folder) throws Exception {
        var app = Interface.of((Path file) -> file == null ? "none" : file.getFileName().toString(), Gr.file().label("document"),
                Gr.textbox().label("name")).flaggingDir(folder);
        try (Server server = app.launch(Launch.options().port(0).quiet(true))) {
            String payload = "[{\"path\": \"" + folder.resolve("gone.txt") + "\", \"meta\": {\"_type\": \"gradio.FileData\"}}, \"gone.txt\"]";
            String stream = call(server, "Flag", payload);
            assertThat(stream).contains("Error!");
        }
        assertThat(folder.resolve("dataset1.csv")).doesNotExist();
    }

    @Test
    void aFlaggingLogReadsBackAsExamples(@TempDir Path folder) throws Exception {
        var app = Interface.of((String text, Double times) -> text.repeat(times.intValue()), Gr.textbox().label("text"),
                Gr.number().label("times"), Gr.textbox().label("repeated")).flaggingDir(folder);
        try (Server server = app.launch(Launch.options().port(0).quiet(true))) {
            call(server, "Flag", "[\"ab, \\\"c\\\"\", 2, \"x\"]");
        }
        Files.copy(folder.resolve("dataset1.csv"), folder.resolve("log.csv"));
        var again = Interface.of((String text, Double times) -> text, Gr.textbox().label("text"), Gr.number().label("times"),
                Gr.textbox().label("out")).flaggingMode(FlaggingMode.NEVER).examplesFrom(folder);
        try (Server server = again.launch(Launch.options().port(0).quiet(true));
             HttpClient http = HttpClient.newHttpClient()) {
            String config = http.send(HttpRequest.newBuilder(URI.create(server.url().replaceAll("/$", "") + "/config")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            assertThat(config).contains("\"ab, \\\"c\\\"\"");
        }
    }

    @Test
    void aMalformedLogOrAMissingFileIsAClearError(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("log.csv"), "picture,text\r\nmissing.png,hi\r\n");
        var files = Interface.of((Path p, String t) -> t, Image.asPath().label("picture"), Gr.textbox().label("text"), Gr.textbox())
                .flaggingMode(FlaggingMode.NEVER).examplesFrom(folder);
        assertThatThrownBy(files::toBlocks).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("missing.png").hasMessageContaining("'picture'").hasMessageContaining("row 2");
        Files.writeString(folder.resolve("log.csv"), "text,n\r\n\"never closed,1\r\n");
        var text = Interface.of((String t, Double n) -> t, Gr.textbox().label("text"), Gr.number().label("n"), Gr.textbox())
                .flaggingMode(FlaggingMode.NEVER).examplesFrom(folder);
        assertThatThrownBy(text::toBlocks).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not valid CSV").hasMessageContaining("line 2");
        assertThatThrownBy(Interface.of((String t, Double n) -> t, Gr.textbox(), Gr.number(), Gr.textbox())
                .flaggingMode(FlaggingMode.NEVER).examplesFrom(folder.resolve("nowhere"))::toBlocks)
                .hasMessageContaining("Could not find the examples folder");
    }

    @Test
    void theFlagButtonsAndTheChatsThumbsLogInTheBrowser(@TempDir Path folder) throws Exception {
        Path flags = folder.resolve("flags");
        Path ratings = folder.resolve("ratings");
        var chat = ChatInterface.of((String message, List<ChatMessage> history) -> "You said: " + message)
                .flaggingMode(FlaggingMode.MANUAL).flaggingDir(ratings);
        Launch options = Launch.options().port(0).quiet(true);
        try (Server flagging = FlaggingOptions.app(flags).launch(options);
             Server chatting = chat.launch(options)) {
            ProcessBuilder builder = new ProcessBuilder("node", "--test", "--test-reporter=spec", "--test-concurrency=1", "flagging.test.mjs")
                    .directory(Path.of("src/test/js").toAbsolutePath().toFile());
            builder.environment().putAll(Map.of("FLAG_URL", flagging.url(), "CHAT_URL", chatting.url(),
                    "SCREENSHOTS", Path.of("target/screenshots").toAbsolutePath().toString()));
            builder.environment().putIfAbsent("CHROMIUM", "/usr/bin/chromium");
            try (ChildProcess node = ChildProcess.start(builder)) {
                String output = node.awaitSuccess(Duration.ofMinutes(3));
                System.out.println(output);
                assertThat(output).contains("pass 2").contains("fail 0");
            }
            // A rating's event is taken at once and logged as it runs.
            awaitRows(ratings.resolve("log.csv"), 3);
        }
        List<List<String>> flagged = readCsv(flags.resolve("dataset1.csv"));
        assertThat(flagged.getFirst()).containsExactly("words", "picture", "summary", "flag", "timestamp");
        assertThat(flagged).hasSize(2);
        List<String> row = flagged.get(1);
        assertThat(row.subList(0, 1)).containsExactly("seven, \"quoted\"");
        assertThat(row.subList(2, 4)).containsExactly("15 characters, with a picture", "incorrect");
        Path copy = Path.of(row.get(1));
        assertThat(copy.getParent().getParent()).isEqualTo(flags.resolve("picture"));
        assertThat(copy.getFileName()).hasToString("green.png");
        assertThat(Files.readAllBytes(copy)).startsWith(0x89, 'P', 'N', 'G');
        assertThat(row.get(4)).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d(\\.\\d{6})?");

        List<List<String>> rated = readCsv(ratings.resolve("log.csv"));
        assertThat(rated.getFirst()).containsExactly("conversation", "index", "value", "flag", "timestamp");
        assertThat(rated).hasSize(3);
        assertThat(rated.get(1).subList(1, 4)).containsExactly("1", "You said: first", "Like");
        assertThat(rated.get(2).subList(1, 4)).containsExactly("3", "You said: second", "Dislike");
        // The conversation as Gradio's ChatCSVLogger writes it: the Chatbot's messages as its handlers get them.
        var json = new JsonMapper();
        assertThat(json.readValue(rated.get(1).getFirst(), List.class)).isEqualTo(List.of(message("user", "first"),
                message("assistant", "You said: first")));
        assertThat(json.readValue(rated.get(2).getFirst(), List.class)).isEqualTo(List.of(message("user", "first"),
                message("assistant", "You said: first"), message("user", "second"), message("assistant", "You said: second")));
    }

    /** A text message as Gradio 6's Chatbot hands it to a handler. */
    private static Map<String, Object> message(String role, String text) {
        Map<String, Object> message = new HashMap<>();
        message.put("role", role);
        message.put("metadata", null);
        message.put("content", List.of(Map.of("text", text, "type", "text")));
        message.put("options", null);
        return message;
    }

    /** Waits (at most 10 s) until {@code file} has {@code count} rows, the header included. */
    private static void awaitRows(Path file, int count) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline && !(Files.exists(file) && readCsv(file).size() >= count)) {
            Thread.sleep(50);
        }
    }

    /** Every row of a CSV file, read by H2's CSV reader (the header as the first row). */
    private static List<List<String>> readCsv(Path file) throws Exception {
        assertThat(file).exists();
        List<List<String>> rows = new ArrayList<>();
        Csv csv = new Csv();
        csv.setCaseSensitiveColumnNames(true);
        try (ResultSet result = csv.read(file.toString(), null, "UTF-8")) {
            int columns = result.getMetaData().getColumnCount();
            List<String> header = new ArrayList<>();
            for (int i = 1; i <= columns; i++) {
                header.add(result.getMetaData().getColumnLabel(i));
            }
            rows.add(header);
            while (result.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    row.add(result.getString(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    /** Calls an endpoint through {@code /gradio_api/call}; answers the event stream's text. */
    private static String call(Server server, String api, String dataJson) throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            String base = server.url().replaceAll("/$", "") + "/gradio_api/call/" + api;
            HttpResponse<String> joined = http.send(HttpRequest.newBuilder(URI.create(base))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"data\": " + dataJson + "}")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(joined.statusCode()).as(joined.body()).isEqualTo(200);
            String eventId = joined.body().replaceAll(".*\"event_id\"\\s*:\\s*\"([^\"]+)\".*", "$1");
            HttpResponse<String> stream = http.send(HttpRequest.newBuilder(URI.create(base + "/" + eventId)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(stream.body()).contains("event: complete");
            return stream.body();
        }
    }
}
