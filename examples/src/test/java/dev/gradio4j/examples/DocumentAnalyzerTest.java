package dev.gradio4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradio4j.Launch;
import dev.gradio4j.MultimodalValue;
import dev.gradio4j.Server;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class DocumentAnalyzerTest {

    @Test
    void respondStreamsAGrowingAnswerAboutPastedText() {
        List<String> typed;
        try (Stream<String> answer = DocumentAnalyzer.respond(MultimodalValue.of("When will my order arrive?\n"
                + "Order 1234 shipped today.\nExpected delivery: Friday 14 March\nReturns are free within 30 days."), List.of())) {
            typed = answer.limit(8).toList();
        }

        assertThat(typed).hasSize(8);
        assertThat(typed.getFirst()).isEqualTo("The");
        for (int i = 1; i < typed.size(); i++) {
            assertThat(typed.get(i)).startsWith(typed.get(i - 1)).hasSizeGreaterThan(typed.get(i - 1).length());
        }
        assertThat(typed.getLast()).startsWith("The document says: **“Expected delivery");
    }

    @Test
    void thePageSaysWhichModeIsActiveAndOffersTheInvoiceAsAnExample() throws Exception {
        assertThat(Files.size(DocumentAnalyzer.invoice())).isGreaterThan(10_000);
        try (Server server = DocumentAnalyzer.app().launch(Launch.options().port(0).quiet(true))) {
            String config = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.url() + "/config")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();

            assertThat(config).contains("Offline mode").contains("MiniLM, running in this JVM").contains("OPENAI_BASE_URL")
                    .contains("What is the total amount due?").contains("invoice.png").contains("\"api_name\":\"respond\"");
        }
    }

    @Test
    void withoutTesseractThePageSaysSoAndHowToInstallIt() {
        assertThat(DocumentAnalyzer.offlineDescription(Optional.empty()))
                .startsWith("**Offline mode, without OCR**: Tesseract is not installed")
                .contains("apt-get install tesseract-ocr").contains("brew install tesseract").contains("paste a document's text");
        assertThat(DocumentAnalyzer.offlineDescription(Optional.of(Path.of("/usr/bin/tesseract"))))
                .startsWith("**Offline mode**: Tesseract OCR (`/usr/bin/tesseract`) reads the image");
    }
}
