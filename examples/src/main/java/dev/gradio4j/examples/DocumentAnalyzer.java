package dev.gradio4j.examples;

import dev.gradio4j.ChatInterface;
import dev.gradio4j.ChatMessage;
import dev.gradio4j.MultimodalValue;
import dev.gradio4j.Reload;
import dev.gradio4j.examples.offline.DocumentAnalyst;
import dev.gradio4j.examples.offline.MiniLm;
import dev.gradio4j.examples.offline.Ocr;
import dev.gradio4j.examples.offline.SampleInvoice;
import dev.gradio4j.llm.OpenAiChat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.stream.Stream;

/**
 * A document analyzer, with no key and no network: attach an image of a document (a receipt, an
 * invoice, a letter) and ask about it. Tesseract OCR reads the image when it is installed (the
 * page says when it is not, and pasted text or a text file still works); MiniLM, running in this
 * JVM, finds the lines that answer, and the answer quotes them, streamed word by word. A
 * follow-up question is about the document attached earlier. With {@code OPENAI_BASE_URL} and
 * {@code OPENAI_MODEL} set (a model that takes images), the LLM reads the document instead. Run
 * with {@code examples/run document-analyzer}.
 */
public final class DocumentAnalyzer {
    /** What the model is told in LLM mode. */
    private static final String LLM_PROMPT = "You read documents (invoices, receipts, letters, forms) from the images the user"
            + " attaches and answer questions about them briefly, quoting the document. If the answer is not in the document,"
            + " say so.";
    private static final Mode MODE = mode();

    private DocumentAnalyzer() {}

    /** How the chat answers, and the sentence that says so in the page. */
    record Mode(String description, BiFunction<MultimodalValue, List<ChatMessage>, Stream<String>> respond) {}

    /**
     * The one place where the app chooses how it answers: with an LLM when {@code OPENAI_BASE_URL}
     * and {@code OPENAI_MODEL} are set, else offline.
     */
    static Mode mode() {
        return mode(OpenAiChat.fromEnvironment());
    }

    /** With {@code llm}, the model reads the attached images itself (a vision model is needed); without, OCR and MiniLM. */
    static Mode mode(Optional<OpenAiChat> llm) {
        return llm.map(model -> new Mode("**LLM mode**: `" + model.model() + "` at " + model.baseUrl() + " reads the"
                        + " document you attach (it needs a model that takes images) and answers.",
                (MultimodalValue message, List<ChatMessage> history) -> model.systemPrompt(LLM_PROMPT).respond(message, history)))
                .orElseGet(() -> new Mode(offlineDescription(Ocr.tesseract().location()),
                        (message, history) -> Offline.ANALYST.respond(message.text(), message.files(), history)));
    }

    /** What the page says in offline mode, with or without Tesseract. */
    static String offlineDescription(Optional<Path> tesseract) {
        String llm = " Set `OPENAI_BASE_URL` and `OPENAI_MODEL` to use an LLM.";
        return tesseract.map(path -> "**Offline mode**: Tesseract OCR (`" + path + "`) reads the image, and MiniLM, running"
                + " in this JVM, finds the lines that answer your question." + llm)
                .orElse("**Offline mode, without OCR**: Tesseract is not installed, so images cannot be read. " + Ocr.INSTALL
                        + " Meanwhile, paste a document's text (your question on the first line) or attach a .txt file:"
                        + " MiniLM, running in this JVM, finds the lines that answer." + llm);
    }

    /** The offline engine, built on first use: MiniLM (kept across reloads) and Tesseract. */
    private static final class Offline {
        static final DocumentAnalyst ANALYST = new DocumentAnalyst(MiniLm.shared(), Ocr.tesseract(), Duration.ofMillis(25));
    }

    /** The chat function: answers about the document attached now or earlier, streamed as it grows. */
    static Stream<String> respond(MultimodalValue message, List<ChatMessage> history) {
        return MODE.respond().apply(message, history);
    }

    /** The example invoice, drawn once per process into a temporary directory. */
    static Path invoice() {
        return Reload.keep("document-analyzer-invoice", () -> {
            try {
                return SampleInvoice.write(Files.createTempDirectory("gradio4j-document-analyzer"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Builds the app (tests launch it on their own port). */
    public static ChatInterface app() {
        Path invoice = invoice();
        return ChatInterface.multimodal(DocumentAnalyzer::respond)
                .title("Document analyzer")
                .description(MODE.description())
                .placeholder("Attach an image of a document (the clip, or drop it here) and ask a question about it.")
                .fileTypes("image", "text")
                .example("What is the total amount due?", invoice)
                .example("When is the payment due?", invoice)
                .example("How much does the standing desk cost?", invoice)
                .example("When will my order arrive?\nOrder 1234 shipped today from our Bristol warehouse.\n"
                        + "Expected delivery: Friday 14 March\nReturns are free within 30 days.");
    }

    public static void main(String[] args) {
        respond(MultimodalValue.of(""), List.of()).close();   // loads the model before the page opens
        app().launch();
    }
}
