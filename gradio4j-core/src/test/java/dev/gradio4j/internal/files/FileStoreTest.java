package dev.gradio4j.internal.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Publishing a file the app produced: copied into the cache once per version of the file. */
class FileStoreTest {
    @TempDir
    Path cache;
    @TempDir
    Path outputs;

    @Test
    void aFilePublishedAgainIsNotCopiedAgainUntilItChanges() throws Exception {
        FileStore store = new FileStore(cache, List.of(outputs), List.of(), 1 << 20, Long.MAX_VALUE);
        Path report = Files.writeString(outputs.resolve("report.txt"), "first");

        Path first = store.publish(report, null);
        assertThat(first).startsWith(cache.toRealPath()).hasContent("first");
        Files.delete(first);
        Path again = store.publish(report, null);
        assertThat(again).as("a copy that went missing is made again").hasContent("first");
        FileTime copied = Files.getLastModifiedTime(again);
        assertThat(store.publish(report, null)).isEqualTo(again);
        assertThat(Files.getLastModifiedTime(again)).as("not copied again").isEqualTo(copied);

        Files.writeString(report, "second, longer");
        Path changed = store.publish(report, null);
        assertThat(changed).isNotEqualTo(again).hasContent("second, longer");
        assertThat(store.publish(report, "renamed.txt")).hasFileName("renamed.txt").hasContent("second, longer");
    }
}
