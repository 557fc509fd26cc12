package dev.gradio4j;

import dev.gradio4j.internal.files.FileNames;
import dev.gradio4j.internal.flagging.CsvRows;
import dev.gradio4j.internal.flagging.CsvSafety;
import dev.gradio4j.internal.flagging.FlaggingFolders;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The default {@link FlaggingCallback}, Gradio's {@code CSVLogger}: each flag is a row of
 * {@code datasetN.csv} in the flagging folder, under a header of the components' labels, then
 * {@code flag} (when the first flag has an option) and {@code username} (when its user is logged
 * in), then {@code timestamp}. Files are copied into a folder per component beside it, and the
 * row holds their paths. A file whose header no longer fits the app's components is left as it
 * is and the next number is started.
 *
 * <p>Values a spreadsheet would run as formulas are written with a leading {@code '}. Flags made
 * at the same time each write a whole row.
 */
public final class CsvLogger implements FlaggingCallback {
    private static final Pattern NUMBERED = Pattern.compile("dataset\\D*(\\d+).*\\.csv");
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private List<Component<?, ?>> components = List.of();
    private Path folder = Path.of(".gradio", "flagged");
    private @Nullable Path dataset;

    private CsvLogger() {}

    /** A logger for {@link Interface#flaggingCallback}. */
    public static CsvLogger create() {
        return new CsvLogger();
    }

    /** Checks that {@code flaggingDir} can be written (it is made at the first flag). */
    @Override
    public synchronized void setup(List<Component<?, ?>> components, Path flaggingDir) throws IOException {
        FlaggingFolders.checkWritable(flaggingDir);
        this.components = List.copyOf(components);
        this.folder = flaggingDir;
        this.dataset = null;
    }

    @Override
    public int flag(List<FlaggedValue> values, @Nullable String option, @Nullable String username) throws IOException {
        List<Path> copies = new ArrayList<>();
        List<String> row = new ArrayList<>();
        try {
            for (int i = 0; i < values.size(); i++) {
                Path dir = folder.resolve(FileNames.sanitize(FlaggedValue.columnName(values.get(i).component(), i)));
                row.add(values.get(i).save(dir));
            }
        } catch (IOException | RuntimeException e) {
            throw new IOException("Could not copy the flag's files into " + folder.toAbsolutePath() + ": " + e.getMessage(), e);
        }
        if (option != null) {
            row.add(option);
        }
        if (username != null) {
            row.add(username);
        }
        row.add(timestamp(LocalDateTime.now()));
        synchronized (this) {
            Path file = dataset(option != null, username != null);
            Files.writeString(file, CsvRows.row(row.stream().map(CsvSafety::field).toList()), StandardCharsets.UTF_8,
                    StandardOpenOption.APPEND);
            return CsvRows.parse(Files.readString(file, StandardCharsets.UTF_8)).size() - 1;
        }
    }

    /** The file this app's rows go to, chosen at the first flag as Gradio does, with its header. */
    private Path dataset(boolean withOption, boolean withUser) throws IOException {
        if (dataset != null) {
            return dataset;
        }
        List<String> header = new ArrayList<>();
        for (int i = 0; i < components.size(); i++) {
            header.add(FlaggedValue.columnName(components.get(i), i));
        }
        if (withOption) {
            header.add("flag");
        }
        if (withUser) {
            header.add("username");
        }
        header.add("timestamp");
        String headerRow = CsvRows.row(header.stream().map(CsvSafety::field).toList());
        Files.createDirectories(folder);
        Optional<Path> latest;
        try (Stream<Path> files = Files.list(folder)) {
            latest = files.filter(f -> NUMBERED.matcher(f.getFileName().toString()).matches())
                    .max(Comparator.comparingInt(CsvLogger::number));
        }
        Path chosen = latest.map(file -> sameHeader(file, headerRow) ? file : folder.resolve("dataset" + (number(file) + 1) + ".csv"))
                .orElse(folder.resolve("dataset1.csv"));
        if (!Files.exists(chosen)) {
            Files.writeString(chosen, headerRow, StandardCharsets.UTF_8);
        }
        dataset = chosen;
        return chosen;
    }

    private static boolean sameHeader(Path file, String headerRow) {
        try {
            List<List<String>> rows = CsvRows.parse(Files.readString(file, StandardCharsets.UTF_8));
            return !rows.isEmpty() && rows.getFirst().equals(CsvRows.parse(headerRow).getFirst());
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    private static int number(Path file) {
        Matcher m = NUMBERED.matcher(file.getFileName().toString());
        return m.matches() ? Integer.parseInt(m.group(1)) : 0;
    }

    /** As Python's {@code str(datetime.now())}: microseconds, left out when there are none. */
    static String timestamp(LocalDateTime time) {
        int micros = time.getNano() / 1000;
        return time.format(SECONDS) + (micros == 0 ? "" : String.format(".%06d", micros));
    }
}
