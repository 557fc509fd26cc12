package dev.gradio4j.bench;

import dev.gradio4j.ChatInterface;
import dev.gradio4j.ChatMessage;
import dev.gradio4j.Chatbot;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The measured chat of {@code bench/chat/run}: a {@link ChatInterface} whose conversation starts
 * with a long history, and whose answer streams words at a steady rate, each update the answer so
 * far, as an LLM endpoint would.
 *
 * <p>Arguments: {@code [history messages] [tokens per second] [seconds]}; default
 * {@code 200 200 30} (6,000 tokens; a message may ask for another number of words). Port from
 * {@code GRADIO_SERVER_PORT}. The history and the answer come from fixed seeds, so every run
 * sends the same text.
 */
public final class ChatStreamApp {
    /** Common English words of 3 to 6 letters: a token is one of them and a space. */
    private static final String[] WORDS = ("""
            the and for are but not you all any can had her was one our out day get has him his how man new now
            old see two way who boy did its let put say she too use that with have this will your from they know
            want been good much some time very when come here just like long make many more only over such take
            than them well were about after again could every first found great house large learn never other
            place right small sound spell still study their there these thing think three water where which world
            would write answer before change follow number people should really reason result simple server stream
            thread system value method buffer return object string module client window render update
            """).trim().split("\\s+");

    private static final Pattern ASKED = Pattern.compile("(\\d+) words");
    private static int tokens;
    private static double rate;

    private ChatStreamApp() {}

    /**
     * The chat's function: streams the answer, of as many words as the message asks for ("… 400
     * words"; the benchmark's warm-up asks for few), else of the configured length.
     */
    static Stream<String> respond(String message, List<ChatMessage> history) {
        Matcher asked = ASKED.matcher(message);
        return answer(asked.find() ? Integer.parseInt(asked.group(1)) : tokens, rate);
    }

    /** {@code messages} alternating user and assistant turns of a few sentences; some with Markdown or code. */
    static List<ChatMessage> history(int messages) {
        Random random = new Random(42);
        List<ChatMessage> history = new ArrayList<>(messages);
        for (int i = 0; i < messages; i++) {
            if (i % 2 == 0) {
                history.add(ChatMessage.user(sentences(random, 1 + random.nextInt(2))));
                continue;
            }
            StringBuilder text = new StringBuilder(sentences(random, 2 + random.nextInt(4)));
            switch (i % 10) {
                case 3 -> text.append("\n\n- **").append(word(random)).append("**: ").append(sentences(random, 1))
                        .append("\n- **").append(word(random)).append("**: ").append(sentences(random, 1))
                        .append("\n- `").append(word(random)).append("()` ").append(sentences(random, 1));
                case 7 -> text.append("\n\n```java\nvar ").append(word(random)).append(" = ").append(word(random))
                        .append(".stream()\n        .map(x -> x.").append(word(random)).append("())\n        .toList();\n")
                        .append("return ").append(word(random)).append(".size();\n```\n\n").append(sentences(random, 1));
                case 9 -> text.append("\n\n> ").append(sentences(random, 1)).append(" See *").append(word(random))
                        .append("* and _").append(word(random)).append("_.");
                default -> { }
            }
            history.add(ChatMessage.assistant(text.toString()));
        }
        return history;
    }

    private static String sentences(Random random, int count) {
        StringBuilder text = new StringBuilder();
        for (int s = 0; s < count; s++) {
            int words = 6 + random.nextInt(12);
            for (int w = 0; w < words; w++) {
                String word = word(random);
                text.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
                text.append(w == words - 1 ? ". " : " ");
            }
        }
        return text.toString().strip();
    }

    private static String word(Random random) {
        return WORDS[random.nextInt(WORDS.length)];
    }

    /**
     * {@code tokens} updates, one every {@code 1/rate} seconds: each the answer so far, one more word
     * (with its space; a full stop every dozen words or so, a paragraph break now and then). Token
     * {@code n} is due at {@code start + n/rate}: a late one does not delay the others.
     */
    static Stream<String> answer(int tokens, double rate) {
        Random random = new Random(7);
        StringBuilder text = new StringBuilder();
        long periodNanos = Math.round(1e9 / rate);
        long[] start = {0};
        return IntStream.rangeClosed(1, tokens).mapToObj(n -> {
            if (n == 1) {
                start[0] = System.nanoTime();
            }
            long wait = start[0] + (n - 1) * periodNanos - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            if (Thread.interrupted()) {
                throw new IllegalStateException("stopped");
            }
            String word = word(random);
            text.append(n % 12 == 1 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
            text.append(n % 60 == 0 ? ".\n\n" : n % 12 == 0 ? ". " : " ");
            return text.toString();
        });
    }

    public static void main(String[] args) {
        int messages = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        rate = args.length > 1 ? Double.parseDouble(args[1]) : 200;
        double seconds = args.length > 2 ? Double.parseDouble(args[2]) : 30;
        tokens = (int) Math.round(rate * seconds);
        ChatInterface.of(ChatStreamApp::respond)
                .title("gradio4j chat bench")
                .chatbot(Chatbot.create().label("Chatbot").value(history(messages)))
                .launch();
    }
}
