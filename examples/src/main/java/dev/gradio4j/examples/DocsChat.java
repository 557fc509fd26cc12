package dev.gradio4j.examples;

import dev.gradio4j.ChatInterface;
import dev.gradio4j.ChatMessage;
import dev.gradio4j.examples.offline.DocsAssistant;
import dev.gradio4j.examples.offline.MiniLm;
import java.time.Duration;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Stream;

/**
 * A chat assistant that answers questions about gradio4j from the project's own docs (README,
 * BENCHMARKS), with no key and no network: MiniLM sentence embeddings run in this JVM, find the
 * passages closest to the question, and the answer quotes them, names their source, and streams
 * word by word. Run with {@code examples/run chat}.
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
     * The one place where the app chooses how it answers. Offline, for now; the LLM mode
     * ({@code dev.gradio4j.llm.OpenAiChat}, when {@code OPENAI_BASE_URL} and {@code OPENAI_MODEL}
     * are set) is to be returned from here, with its own description.
     */
    static Mode mode() {
        if (System.getenv("OPENAI_BASE_URL") != null) {
            System.err.println("OPENAI_BASE_URL is set, but this build has no LLM mode yet: the chat answers offline.");
        }
        return new Mode(OFFLINE, (message, history) -> Offline.DOCS.respond(message, history));
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
