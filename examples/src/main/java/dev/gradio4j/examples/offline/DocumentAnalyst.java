package dev.gradio4j.examples.offline;

import dev.gradio4j.ChatMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The document analyzer's offline engine: the user attaches an image of a document (or a text
 * file, or pastes its text) and asks about it; Tesseract reads the image, {@link DocumentQa} finds
 * the line that answers, and the answer is typed out. A follow-up question without an attachment
 * is about the latest document of the conversation.
 *
 * <pre>{@code
 * var analyst = new DocumentAnalyst(MiniLm.shared(), Ocr.tesseract(), Duration.ofMillis(25));
 * analyst.respond("What is the total?", List.of(Path.of("invoice.png")), List.of());   // Stream<String>
 * }</pre>
 *
 * <p>Where the document comes from, first found first: the message's files; the message itself
 * when it has several lines (a first line ending in "?" is the question, the rest the document);
 * then the same, from the latest user message of the history that has one. Images are read once:
 * the text of the last few is kept. Thread-safe.
 */
public final class DocumentAnalyst {
    private static final Set<String> TEXT_FILES = Set.of("txt", "md", "csv", "tsv", "text", "json", "xml", "html", "htm", "log",
            "yaml", "yml");
    private static final int KEPT_READINGS = 16;

    private final MiniLm minilm;
    private final Ocr ocr;
    private final Duration pace;
    private final Map<Path, String> readings = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Path, String> eldest) {
            return size() > KEPT_READINGS;
        }
    };

    /** An analyst reading images with {@code ocr}, typing its answers at {@code pace} a word. */
    public DocumentAnalyst(MiniLm minilm, Ocr ocr, Duration pace) {
        this.minilm = minilm;
        this.ocr = ocr;
        this.pace = pace;
    }

    /** The OCR in use, to say in the UI whether images can be read. */
    public Ocr ocr() {
        return ocr;
    }

    /**
     * The chat function: answers {@code text} about the document attached ({@code files}), pasted,
     * or seen earlier in {@code history}. Streams a status first while an image is read.
     */
    public Stream<String> respond(String text, List<Path> files, List<ChatMessage> history) {
        String message = text == null ? "" : text.strip();
        Source source = find(message, files, history);
        if (source == null) {
            return Typewriter.type("Attach an image of a document (a receipt, an invoice, a letter) and ask me a question"
                    + " about it, or paste its text in a message.", pace);
        }
        String question = source.question();
        Supplier<String> answer = () -> {
            String document;
            try {
                document = source.document().get();
            } catch (Unreadable e) {
                return e.getMessage();
            }
            DocumentQa qa = DocumentQa.of(minilm, document);
            return question.isEmpty() ? qa.overview() : qa.answer(question);
        };
        return source.images() ? Typewriter.typeAfter("_Reading the document with Tesseract OCR…_", answer, pace)
                : Typewriter.type(answer.get(), pace);
    }

    /** A document and the question about it; {@code images} when reading it means OCR. */
    private record Source(String question, DocumentText document, boolean images) {}

    @FunctionalInterface
    private interface DocumentText {
        String get() throws Unreadable;
    }

    /** What the user sees instead of an answer when the document cannot be read. */
    private static final class Unreadable extends Exception {
        Unreadable(String message) {
            super(message);
        }
    }

    private Source find(String message, List<Path> files, List<ChatMessage> history) {
        if (!files.isEmpty()) {
            return new Source(message, () -> read(files), files.stream().anyMatch(f -> !isText(f)));
        }
        Pasted pasted = Pasted.of(message);
        if (pasted != null) {
            return new Source(pasted.question(), pasted::document, false);
        }
        for (ChatMessage earlier : history.reversed()) {
            if (!earlier.role().equals("user")) {
                continue;
            }
            if (!earlier.files().isEmpty()) {
                List<Path> earlierFiles = earlier.files();
                return new Source(message, () -> read(earlierFiles), earlierFiles.stream().anyMatch(f -> !isText(f)));
            }
            Pasted before = Pasted.of(earlier.text().strip());
            if (before != null) {
                return new Source(message, before::document, false);
            }
        }
        return null;
    }

    /** Pasted text: a message of several lines; a first line ending in "?" is the question. */
    private record Pasted(String question, String document) {
        static Pasted of(String message) {
            List<String> lines = message.lines().toList();
            if (lines.stream().filter(line -> !line.isBlank()).count() < 2) {
                return null;
            }
            if (lines.getFirst().strip().endsWith("?")) {
                return new Pasted(lines.getFirst().strip(), String.join("\n", lines.subList(1, lines.size())));
            }
            return new Pasted("", message);
        }
    }

    /** The text of the files, one after the other: text files as they are, the others through OCR. */
    private String read(List<Path> files) throws Unreadable {
        List<String> texts = new ArrayList<>();
        for (Path file : files) {
            texts.add(isText(file) ? readText(file) : ocr(file));
        }
        return String.join("\n\n", texts);
    }

    private String ocr(Path image) throws Unreadable {
        synchronized (readings) {
            String kept = readings.get(image);
            if (kept != null) {
                return kept;
            }
        }
        String text;
        try {
            text = ocr.read(image);
        } catch (Ocr.Missing e) {
            throw new Unreadable(e.getMessage());
        } catch (IOException e) {
            throw new Unreadable("I could not read " + image.getFileName() + ": " + e.getMessage());
        }
        synchronized (readings) {
            readings.put(image, text);
        }
        return text;
    }

    private static String readText(Path file) throws Unreadable {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new Unreadable("I could not read " + file.getFileName() + " as text: " + e.getMessage());
        }
    }

    private static boolean isText(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot >= 0 && TEXT_FILES.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
