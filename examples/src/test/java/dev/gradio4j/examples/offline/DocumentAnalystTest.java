package dev.gradio4j.examples.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.gradio4j.ChatMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The analyzer's engine, reading "images" with a stand-in for Tesseract that prints the invoice's
 * known text (and counts its runs), and once with the real Tesseract when it is installed.
 */
class DocumentAnalystTest {
    @TempDir
    Path dir;

    private Path image;
    private Path runs;
    private DocumentAnalyst analyst;

    @BeforeEach
    void standInForTesseract() throws IOException {
        image = dir.resolve("invoice.png");
        Files.write(image, new byte[] {1});
        Path text = Files.writeString(dir.resolve("invoice.txt"), DocumentQaTest.INVOICE);
        runs = dir.resolve("runs");
        Path script = dir.resolve("fake-tesseract");
        Files.writeString(script, "#!/bin/sh\necho run >> '" + runs + "'\ncat '" + text + "'\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        analyst = new DocumentAnalyst(MiniLm.shared(), new Ocr(script.toString(), Duration.ofSeconds(10)), Duration.ZERO);
    }

    @Test
    void answersAQuestionAboutAnAttachedImageAfterSayingItIsReadingIt() {
        List<String> typed = analyst.respond("What is the total amount due?", List.of(image), List.of()).toList();

        assertThat(typed.getFirst()).isEqualTo("_Reading the document with Tesseract OCR…_");
        assertThat(typed.get(1)).isEqualTo("The");
        assertThat(typed.getLast()).startsWith("The document says: **“Total due GBP 2,338.80”**");
        for (int i = 2; i < typed.size(); i++) {
            assertThat(typed.get(i)).startsWith(typed.get(i - 1));
        }
    }

    @Test
    void aFollowUpQuestionIsAboutTheImageAttachedEarlierWhichIsReadOnce() throws IOException {
        List<ChatMessage> history = List.of(ChatMessage.user("What is the total amount due?", image),
                ChatMessage.assistant(analyst.respond("What is the total amount due?", List.of(image), List.of()).toList().getLast()));

        String answer = analyst.respond("How much does the standing desk cost?", List.of(), history).toList().getLast();

        assertThat(answer).startsWith("The document says: **“Standing desk, oak top 2 420.00 840.00”**");
        assertThat(Files.readAllLines(runs)).hasSize(1);
    }

    @Test
    void anImageWithoutAQuestionGetsAnOverview() {
        assertThat(analyst.respond("", List.of(image), List.of()).toList().getLast())
                .startsWith("I read the document:").contains("Northwind Office Supplies");
    }

    @Test
    void withoutTesseractTheAnswerSaysHowToInstallIt() {
        var without = new DocumentAnalyst(MiniLm.shared(), new Ocr("tesseract-not-installed-here", Duration.ofSeconds(5)), Duration.ZERO);

        String answer = without.respond("What is the total?", List.of(image), List.of()).toList().getLast();

        assertThat(answer).startsWith("Tesseract OCR is not installed").contains("apt-get install tesseract-ocr")
                .contains("brew install tesseract").contains("paste the document's text");
    }

    @Test
    void pastedTextIsTheDocumentAndAFirstLineEndingInAQuestionMarkTheQuestion() {
        String answer = analyst.respond("When will my order arrive?\nOrder 1234 shipped today.\nExpected delivery: Friday 14 March\n"
                + "Returns are free within 30 days.", List.of(), List.of()).toList().getLast();

        assertThat(answer).startsWith("The document says: **“Expected delivery: Friday 14 March”**");
    }

    @Test
    void aTextFileIsReadAsItIsWithoutOcr() throws IOException {
        Path notes = Files.writeString(dir.resolve("notes.txt"), "Meeting moved to Thursday at 3 pm.\nBring the budget figures.");

        List<String> typed = analyst.respond("When is the meeting?", List.of(notes), List.of()).toList();

        assertThat(typed.getFirst()).isEqualTo("The");
        assertThat(typed.getLast()).startsWith("The document says: **“Meeting moved to Thursday at 3 pm.”**");
        assertThat(runs).doesNotExist();
    }

    @Test
    void withNothingToReadItAsksForADocument() {
        assertThat(analyst.respond("What is the total?", List.of(), List.of(ChatMessage.assistant("Hello"))).toList().getLast())
                .startsWith("Attach an image of a document");
    }

    /** The whole path with the real Tesseract: CI installs it, so this skips only on a machine without it. */
    @Test
    void readsTheGeneratedInvoiceWithTesseractAndFindsTheTotal() {
        Ocr tesseract = Ocr.tesseract();
        assumeTrue(tesseract.location().isPresent(), "tesseract is not installed here (apt-get install tesseract-ocr)");
        var real = new DocumentAnalyst(MiniLm.shared(), tesseract, Duration.ZERO);

        String answer = real.respond("What is the total amount due?", List.of(SampleInvoice.write(dir)), List.of()).toList().getLast();

        assertThat(answer).startsWith("The document says: **“Total due GBP 2,338.80”**");
    }
}
