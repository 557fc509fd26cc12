package dev.gradio4j;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradio4j.QueueWithoutHttpTest.Recording;
import dev.gradio4j.internal.app.DependencyModel;
import dev.gradio4j.internal.files.FileStore;
import dev.gradio4j.internal.files.StoredFiles;
import dev.gradio4j.internal.protocol.EventOutput;
import dev.gradio4j.internal.queue.EventQueue;
import dev.gradio4j.internal.queue.EventRunner;
import dev.gradio4j.internal.queue.QueuedEvent;
import dev.gradio4j.internal.session.Session;
import dev.gradio4j.internal.session.SessionStore;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The queue and runner with files, without HTTP: a real {@link FileStore} in a temporary folder,
 * the event's files resolved and published through it as the server does, messages recorded.
 */
@Timeout(30)
class QueueWithFilesTest {
    @TempDir
    Path dir;
    private FileStore store;
    private EventQueue queue;
    private final SessionStore sessions = new SessionStore(100, 100, Duration.ofMinutes(5));
    private DependencyModel shout;

    @BeforeEach
    void start() throws IOException {
        store = new FileStore(dir.resolve("store"), List.of(), List.of(), 1 << 20, 1 << 24);
        queue = new EventQueue(new EventRunner(event -> new StoredFiles(store, event.rootUrl(), event.request().username()), false));
        var in = Gr.file().label("notes");
        var out = Gr.file().label("shouted");
        var go = Button.of("Shout");
        go.click((@Nullable Path notes) -> {
            Path loud = Files.createTempFile(dir, "loud", ".txt");
            return Files.writeString(loud, Files.readString(notes).toUpperCase());
        }, in, out);
        shout = AppCompiler.compile(Blocks.of(in, go, out), new StoredFiles(store, "", null)).dependencies().getFirst();
    }

    @AfterEach
    void close() {
        queue.close();
    }

    private Path upload(String text, String owner) throws IOException {
        return store.saveUpload("notes.txt", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), owner);
    }

    private static Map<String, Object> fileData(Path path) {
        return Map.of("path", path.toString(), "orig_name", "notes.txt", "meta", Map.of("_type", "gradio.FileData"));
    }

    private Recording submit(Path file, @Nullable String user, String root) throws Exception {
        Session session = sessions.get("session-" + user, "127.0.0.1", user);
        Recording recording = new Recording();
        Request request = new Request(session.hash(), "127.0.0.1", Map.of(), Map.of(), user, "/", Map.of());
        queue.submit(new QueuedEvent("event-" + user, session, shout, List.of(fileData(file)), null, request, root, false,
                recording::accept));
        return recording;
    }

    @Test
    void theHandlerGetsTheUploadAndItsFileIsPublishedUnderTheEventsRoot() throws Exception {
        var completed = submit(upload("hello", "ann"), "ann", "https://example.test/demo").completion();

        assertThat(completed.success()).isTrue();
        var data = ((EventOutput.Success) completed.output()).data();
        var published = FileData.fromPayload(data.getFirst());
        assertThat(published.url()).startsWith("https://example.test/demo/gradio_api/file=");
        assertThat(Files.readString(store.resolveDownload(published.path(), "ann"))).isEqualTo("HELLO");
    }

    @Test
    void anotherUsersUploadIsRefusedAndTheHandlerNeverRuns() throws Exception {
        var completed = submit(upload("secret", "ann"), "bob", "").completion();

        assertThat(completed.success()).isFalse();
        assertThat(completed.output()).isInstanceOfSatisfying(EventOutput.UserError.class,
                error -> assertThat(error.error()).contains("uploaded by another user").doesNotContain("secret"));
        try (var stored = Files.list(dir)) {
            assertThat(stored.filter(p -> p.getFileName().toString().startsWith("loud"))).as("the handler did not run").isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
