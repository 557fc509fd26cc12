package dev.gradio4j.examples;

import dev.gradio4j.ChatInterface;
import dev.gradio4j.ChatMessage;
import dev.gradio4j.examples.offline.DocsAssistant;
import dev.gradio4j.examples.offline.MiniLm;
import dev.gradio4j.examples.offline.Passage;
import dev.gradio4j.examples.offline.SemanticIndex;
import dev.gradio4j.llm.OpenAiChat;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.stream.Stream;

/**
 * A chat assistant that answers questions about gradio4j from the project's own docs (README,
 * BENCHMARKS), with no key and no network: MiniLM sentence embeddings run in this JVM, find the
 * passages closest to the question, and the answer quotes them, names their source, and streams
 * word by word. With {@code OPENAI_BASE_URL} and {@code OPENAI_MODEL} set (and
 * {@code OPENAI_API_KEY} if the endpoint needs one), an LLM writes the answer from the same
 * passages. Run with {@code examples/run chat}.
 */
public final class DocsChat {
    /** Said under the title, so the user knows what answers. */
    static final String OFFLINE = "**Offline mode**: answers come from a semantic search over gradio4j's docs with"
            + " MiniLM, running in this JVM. Set `OPENAI_BASE_URL` and `OPENAI_MODEL` to use an LLM.";

    private static final Mode MODE = mode();

    private DocsChat() {}

    /** How the chat answers, and the sentence that says so in the page. */
    record Mode(String description, BiFunction<String, List<ChatMessage>, Stream<String>> respond) {}

    /**
     * The one place where the app chooses how it answers: with an LLM when {@code OPENAI_BASE_URL}
     * and {@code OPENAI_MODEL} are set, else offline.
     */
    static Mode mode() {
        return mode(OpenAiChat.fromEnvironment());
    }

    /**
     * With {@code llm}, the model answers from the passages MiniLM finds closest to the question
     * (retrieval first, so it answers from these docs and not from memory); without, the passages
     * themselves are the answer.
     */
    static Mode mode(Optional<OpenAiChat> llm) {
        return llm.map(model -> new Mode("**LLM mode**: `" + model.model() + "` at " + model.baseUrl() + " answers, from the"
                        + " passages of gradio4j's docs that MiniLM (running in this JVM) finds closest to your question.",
                (String message, List<ChatMessage> history) -> model.systemPrompt(groundedPrompt(message)).respond(message, history)))
                .orElseGet(() -> new Mode(OFFLINE, (message, history) -> Offline.DOCS.respond(message, history)));
    }

    /** The instructions and the docs' passages the model answers from. */
    static String groundedPrompt(String question) {
        StringBuilder prompt = new StringBuilder("You answer questions about gradio4j, Gradio for the JVM, from the passages of"
                + " its documentation below. Answer briefly, in Markdown, naming the section you used. If the passages do not"
                + " answer the question, say so.\n");
        for (SemanticIndex.Hit<Passage> hit : Offline.DOCS.search(question, 4)) {
            prompt.append("\n--- ").append(hit.item().source()).append(" ---\n").append(hit.item().text()).append('\n');
        }
        return prompt.toString();
    }

    /** The offline engine, built on first use: MiniLM (kept across reloads) and the docs' passages, embedded. */
    private static final class Offline {
        static final DocsAssistant DOCS = DocsAssistant.fromClasspath(MiniLm.shared(), Duration.ofMillis(20));
    }

    /** The chat function: the answer to {@code message}, streamed as it grows. */
    static Stream<String> respond(String message, List<ChatMessage> history) {
        return MODE.respond().apply(message, history);
    }

    /** Builds the app (tests launch it on their own port). */
    public static ChatInterface app() {
        return ChatInterface.of(DocsChat::respond)
                .title("Ask the gradio4j docs")
                .description(MODE.description())
                .placeholder("Ask about building apps, the chat, reload mode, serving or the benchmarks.")
                .examples("How do I keep a loaded model across reloads?", "How do I make a chat app?",
                        "How do I stream output?", "How many predictions per second does the queue handle?");
    }

    public static void main(String[] args) {
        respond("warm up", List.of()).close();   // loads the model and embeds the docs before the page opens
        app().launch();
    }
}
