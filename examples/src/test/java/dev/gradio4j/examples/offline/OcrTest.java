package dev.gradio4j.examples.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OcrTest {
    @TempDir
    Path dir;

    /** Real Tesseract on the generated invoice; CI installs it, so this skips only on a machine without it. */
    @Test
    void tesseractReadsTheSampleInvoice() throws Exception {
        Ocr ocr = Ocr.tesseract();
        assumeTrue(ocr.location().isPresent(), "tesseract is not installed here (apt-get install tesseract-ocr)");

        String text = ocr.read(SampleInvoice.write(dir));

        assertThat(text).contains("Northwind Office Supplies").contains(SampleInvoice.NUMBER)
                .contains(SampleInvoice.DUE_DATE).contains("Total due").contains(SampleInvoice.TOTAL)
                .contains("Standing desk, oak top");
    }

    @Test
    void withoutTesseractTheMessageSaysHowToInstallItAndThatTextStillWorks() {
        Ocr missing = new Ocr("tesseract-not-installed-here", Duration.ofSeconds(5));

        assertThat(missing.location()).isEmpty();
        assertThatThrownBy(() -> missing.read(dir.resolve("invoice.png")))
                .isInstanceOf(Ocr.Missing.class)
                .hasMessageContaining("Tesseract OCR is not installed")
                .hasMessageContaining("apt-get install tesseract-ocr")
                .hasMessageContaining("brew install tesseract")
                .hasMessageContaining("paste the document's text");
    }

    @Test
    void aCommandThatFailsIsReportedWithItsMessage() throws IOException {
        Ocr failing = new Ocr(script("echo 'Error in pixRead: image file not found' >&2; exit 1").toString(), Duration.ofSeconds(5));

        assertThat(failing.location()).isPresent();
        assertThatThrownBy(() -> failing.read(dir.resolve("scan.png")))
                .isInstanceOf(IOException.class)
                .hasMessage("Tesseract could not read scan.png (is it an image?): Error in pixRead: image file not found");
    }

    @Test
    void aCommandThatHangsIsStoppedAtTheTimeout() throws IOException {
        Ocr hanging = new Ocr(script("exec sleep 30").toString(), Duration.ofMillis(300));

        long start = System.nanoTime();
        assertThatThrownBy(() -> hanging.read(dir.resolve("scan.png")))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("Tesseract took longer than 300 ms to read scan.png; it was stopped.");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void theCommandGetsTheImageAndStdoutAndItsOutputIsTheText() throws Exception {
        Ocr echo = new Ocr(script("echo \"read $1 to $2\"").toString(), Duration.ofSeconds(5));

        assertThat(echo.read(dir.resolve("scan.png"))).isEqualTo("read " + dir.resolve("scan.png") + " to stdout\n");
    }

    private Path script(String body) throws IOException {
        Path script = dir.resolve("fake-tesseract-" + Math.abs(body.hashCode()));
        Files.writeString(script, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        return script;
    }
}
