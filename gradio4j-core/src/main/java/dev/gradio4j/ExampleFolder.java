package dev.gradio4j;

import dev.gradio4j.internal.flagging.CsvRows;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Examples read from a folder, as Gradio reads {@code examples="folder"}: the rows of its
 * {@code log.csv} after the header, the first value of each row for the first input and so on
 * (so a flagging log, renamed {@code log.csv}, reads back as examples); without a
 * {@code log.csv}, each file of the folder is an example of a single input. A file named in the
 * log is looked for in the folder, then where the log's path says.
 */
final class ExampleFolder {
    static final String LOG = "log.csv";

    private ExampleFolder() {}

    /**
     * The examples of {@code folder} for {@code inputs}.
     *
     * @throws IllegalArgumentException saying what to fix: the folder or its {@code log.csv} is
     *     missing or malformed, or a file it names does not exist
     */
    static List<List<@Nullable Object>> read(Path folder, List<? extends Component<?, ?>> inputs) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("Could not find the examples folder " + folder.toAbsolutePath() + ".");
        }
        Path log = folder.resolve(LOG);
        if (!Files.exists(log)) {
            if (inputs.size() != 1) {
                throw new IllegalArgumentException("The examples folder " + folder.toAbsolutePath() + " has no " + LOG
                        + ", which an app of " + inputs.size() + " inputs needs to know which value goes where.");
            }
            try (Stream<Path> files = Files.list(folder)) {
                return files.filter(Files::isRegularFile).sorted()
                        .map(file -> Arrays.<@Nullable Object>asList(value(inputs.getFirst(), file.getFileName().toString(), folder, 0)))
                        .toList();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not list the examples folder " + folder.toAbsolutePath(), e);
            }
        }
        List<List<String>> rows;
        try {
            rows = CsvRows.parse(Files.readString(log, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + log.toAbsolutePath(), e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(log.toAbsolutePath() + " is not valid CSV: " + e.getMessage() + ".", e);
        }
        List<List<@Nullable Object>> examples = new ArrayList<>();
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            if (row.size() < inputs.size()) {
                throw new IllegalArgumentException(log.toAbsolutePath() + ", row " + (r + 1) + ", has " + row.size()
                        + " value" + (row.size() == 1 ? "" : "s") + "; the app has " + inputs.size() + " inputs, one value each.");
            }
            List<@Nullable Object> example = new ArrayList<>();
            for (int i = 0; i < inputs.size(); i++) {
                example.add(value(inputs.get(i), row.get(i), folder, r + 1));
            }
            examples.add(example);
        }
        return examples;
    }

    private static @Nullable Object value(Component<?, ?> input, String text, Path folder, int row) {
        if (text.isEmpty()) {
            return null;
        }
        if (input instanceof Image<?> || input instanceof File<?>) {
            Path beside = folder.resolve(text);
            Path file = Files.isRegularFile(beside) ? beside : Path.of(text);
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException("The example file " + text + " for " + describe(input)
                        + (row > 0 ? " (row " + row + " of " + folder.resolve(LOG).toAbsolutePath() + ")" : "")
                        + " does not exist, neither in " + folder.toAbsolutePath() + " nor as a path of its own.");
            }
            return file;
        }
        if (input instanceof Number || input instanceof Slider) {
            try {
                return Double.parseDouble(text);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("The example value '" + text + "' for " + describe(input) + " (row " + row
                        + " of " + folder.resolve(LOG).toAbsolutePath() + ") is not a number.", e);
            }
        }
        return text;
    }

    private static String describe(Component<?, ?> input) {
        return input.label() != null ? "'" + input.label() + "'" : "the " + input.getClass().getSimpleName();
    }
}
