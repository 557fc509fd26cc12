package dev.gradio4j.examples.offline;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Text from an image with the Tesseract OCR command ({@code tesseract IMAGE stdout}), when it is
 * installed; nothing is bundled. The spaces between words are kept as Tesseract measured them, so
 * that columns stay apart ({@code -c preserve_interword_spaces=1}). Without it, {@link #read} throws {@link Missing}, whose message
 * tells the user how to install it.
 *
 * <pre>{@code
 * Ocr ocr = Ocr.tesseract();
 * if (ocr.location().isPresent()) {
 *     String text = ocr.read(Path.of("receipt.png"));
 * }
 * }</pre>
 *
 * <p>Each {@code read} runs one process on the calling thread (well under a second for a page at
 * 150 dpi), stopped after the timeout. Tesseract runs single-threaded ({@code OMP_THREAD_LIMIT=1}):
 * on two cores its OpenMP threads made it five times slower.
 */
public final class Ocr {
    /** How to get Tesseract, said wherever it is missing. */
    public static final String INSTALL = "Install Tesseract OCR (`apt-get install tesseract-ocr` on Debian or Ubuntu,"
            + " `brew install tesseract` on macOS) and restart the demo.";

    private final String command;
    private final Duration timeout;

    /** OCR with {@code command} (a name looked up on the PATH, or a path), stopped after {@code timeout}. */
    public Ocr(String command, Duration timeout) {
        this.command = command;
        this.timeout = timeout;
    }

    /** {@code tesseract} from the PATH, with a timeout of one minute. */
    public static Ocr tesseract() {
        return new Ocr("tesseract", Duration.ofMinutes(1));
    }

    /** The command's executable: the path given, or where it is on the PATH; empty when it is not there. */
    public Optional<Path> location() {
        if (command.contains(File.separator)) {
            return Optional.of(Path.of(command)).filter(Files::isExecutable);
        }
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        return Stream.of(path.split(File.pathSeparator)).filter(dir -> !dir.isEmpty())
                .map(dir -> Path.of(dir, command)).filter(Files::isExecutable).findFirst();
    }

    /**
     * The text of {@code image}, as Tesseract reads it, lines kept.
     *
     * @throws Missing     when the command cannot be run: the message says how to install it
     * @throws IOException when Tesseract fails (not an image, say) or runs past the timeout
     */
    public String read(Path image) throws Missing, IOException {
        ProcessBuilder builder = new ProcessBuilder(command, image.toString(), "stdout", "-c", "preserve_interword_spaces=1");
        builder.environment().put("OMP_THREAD_LIMIT", "1");
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new Missing(command, e);
        }
        process.getOutputStream().close();
        CompletableFuture<String> out = drain(process.getInputStream());
        CompletableFuture<String> err = drain(process.getErrorStream());
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                String limit = timeout.toMillis() % 1000 == 0 ? timeout.toSeconds() + " s" : timeout.toMillis() + " ms";
                throw new IOException("Tesseract took longer than " + limit + " to read "
                        + image.getFileName() + "; it was stopped.");
            }
            if (process.exitValue() != 0) {
                throw new IOException("Tesseract could not read " + image.getFileName() + " (is it an image?): "
                        + lastLine(err.get()));
            }
            return out.get();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("stopped while Tesseract was reading " + image.getFileName(), e);
        } catch (ExecutionException e) {
            throw new IOException("could not read Tesseract's output", e.getCause());
        }
    }

    private static CompletableFuture<String> drain(InputStream stream) {
        CompletableFuture<String> text = new CompletableFuture<>();
        Thread.ofVirtual().start(() -> {
            try (stream) {
                text.complete(new String(stream.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                text.completeExceptionally(new UncheckedIOException(e));
            }
        });
        return text;
    }

    private static String lastLine(String text) {
        List<String> lines = text.lines().filter(line -> !line.isBlank()).toList();
        return lines.isEmpty() ? "no message" : lines.getLast().strip();
    }

    /** Tesseract is not installed (or the command given cannot be run). */
    public static final class Missing extends Exception {
        Missing(String command, IOException cause) {
            super("Tesseract OCR is not installed (`" + command + "` could not be run), so I cannot read images. "
                    + INSTALL + " Everything else still works: paste the document's text in a message instead.", cause);
        }
    }
}
