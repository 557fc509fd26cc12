package dev.gradio4j.examples.offline;

import dev.gradio4j.ChatMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Answers questions about gradio4j from its own docs: the top-level Markdown files of the project
 * (README, BENCHMARKS...), which the build copies into the classes as {@code docs/*.md}, split
 * into {@link Passage}s and searched by meaning with MiniLM. The answer quotes the best passages
 * and names their sources; when nothing is close enough it says so rather than guess.
 *
 * <pre>{@code
 * DocsAssistant docs = DocsAssistant.fromClasspath(MiniLm.shared());
 * docs.answer("How do I keep a model loaded across reloads?");
 * // "From the README, section “Reload mode”: ..."
 * }</pre>
 *
 * <p>Immutable once built: any number of chats may ask at once.
 */
public final class DocsAssistant {
    /** Below this cosine similarity a passage is not taken as an answer. */
    public static final double THRESHOLD = 0.3;

    /** A second passage is added when it is this close to the best one. */
    private static final double RELATED = 0.06;

    /**
     * Added to the rank (not the similarity shown) of a passage that names an API the question
     * names ({@code Reload.keep}, {@code ChatInterface}): MiniLM reads code names poorly.
     */
    private static final double NAMED = 0.1;

    /**
     * Added to the rank of the README's passages: it is the user's guide, where the other files
     * (the benchmarks) describe how things were measured, often in the same words.
     */
    private static final double GUIDE = 0.05;

    /** A name of code: dotted ({@code Reload.keep}), or in camel case ({@code showError}, {@code ChatInterface}). */
    private static final Pattern CODE_NAME = Pattern.compile("\\b(?:\\w+(?:\\.\\w+)+|[a-z]+[A-Z]\\w*|[A-Z][a-z]+[A-Z]\\w*)\\b");

    private final SemanticIndex<Passage> index;
    private final Duration pace;

    private DocsAssistant(SemanticIndex<Passage> index, Duration pace) {
        this.index = index;
        this.pace = pace;
    }

    /** An assistant over {@code passages}, typing its answers at {@code pace} a word. */
    public static DocsAssistant of(MiniLm minilm, List<Passage> passages, Duration pace) {
        return new DocsAssistant(SemanticIndex.of(minilm, passages, Passage::embeddedText), pace);
    }

    /** An assistant over the docs packaged with the examples ({@code docs/*.md} on the classpath). */
    public static DocsAssistant fromClasspath(MiniLm minilm, Duration pace) {
        return of(minilm, classpathDocs(), pace);
    }

    /** The passages searched. */
    public List<Passage> passages() {
        return index.items();
    }

    /**
     * The passages closest to {@code question}, best first: by similarity, with a nudge for
     * passages that name the code names of the question, and one for the README's.
     */
    public List<SemanticIndex.Hit<Passage>> search(String question, int k) {
        List<String> names = CODE_NAME.matcher(question).results().map(MatchResult::group).toList();
        List<SemanticIndex.Hit<Passage>> hits = new ArrayList<>(index.search(question, Integer.MAX_VALUE));
        hits.sort(Comparator.comparingDouble((SemanticIndex.Hit<Passage> hit) -> -rank(hit, names)));
        return List.copyOf(hits.subList(0, Math.min(k, hits.size())));
    }

    private static double rank(SemanticIndex.Hit<Passage> hit, List<String> names) {
        boolean named = names.stream().anyMatch(name -> hit.item().text().contains(name));
        boolean guide = hit.item().document().equalsIgnoreCase("README.md") || hit.item().document().equalsIgnoreCase("README");
        return hit.score() + (named ? NAMED : 0) + (guide ? GUIDE : 0);
    }

    /**
     * The chat function: the answer to {@code message}, typed out word by word. The offline mode
     * answers each question on its own; {@code history} is not searched.
     */
    public Stream<String> respond(String message, List<ChatMessage> history) {
        return Typewriter.type(answer(message), pace);
    }

    /** The answer to {@code question} in Markdown: the best passages with their sources, or that there is none. */
    public String answer(String question) {
        if (question == null || question.isBlank()) {
            return "Ask me something about gradio4j: how to build an app, the chat, reload mode, serving, the benchmarks…";
        }
        List<SemanticIndex.Hit<Passage>> hits = search(question, 3);
        SemanticIndex.Hit<Passage> best = hits.getFirst();
        if (best.score() < THRESHOLD) {
            return "I could not find that in the docs. The closest passage, in " + best.item().source()
                    + ", is too far from your question (similarity " + score(best) + ", below " + score(THRESHOLD)
                    + ") to be an answer. I know what gradio4j's README and BENCHMARKS say: building apps,"
                    + " components and events, serving, the chat, reload mode, the browser UI, and the measurements.";
        }
        StringBuilder answer = new StringBuilder("From ").append(best.item().source()).append(":\n\n")
                .append(best.item().text()).append("\n\n");
        for (SemanticIndex.Hit<Passage> hit : hits.subList(1, hits.size())) {
            if (hit.score() >= THRESHOLD && best.score() - hit.score() <= RELATED) {
                boolean sameSection = hit.item().source().equals(best.item().source());
                answer.append(sameSection ? "The same section goes on:" : capitalized(hit.item().source()) + ", adds:")
                        .append("\n\n").append(hit.item().text()).append("\n\n");
                break;
            }
        }
        return answer.append("_Found by semantic search over gradio4j's docs (MiniLM, similarity ").append(score(best))
                .append(")._").toString();
    }

    private static String score(SemanticIndex.Hit<?> hit) {
        return score(hit.score());
    }

    private static String score(double score) {
        return String.format(Locale.ROOT, "%.2f", score);
    }

    private static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** Every {@code docs/*.md} on the classpath, from the classes directory or from the jar, README first. */
    static List<Passage> classpathDocs() {
        URL readme = DocsAssistant.class.getClassLoader().getResource("docs/README.md");
        if (readme == null) {
            throw new IllegalStateException("The docs are not on the classpath (no docs/README.md): build the examples"
                    + " module with Maven, which copies the project's *.md files into target/classes/docs.");
        }
        try {
            URI uri = readme.toURI();
            Path docs = switch (uri.getScheme()) {
                case "jar" -> jarFileSystem(uri).getPath("/docs");
                default -> Path.of(uri).getParent();
            };
            List<Passage> passages = new ArrayList<>();
            try (Stream<Path> files = Files.list(docs)) {
                for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".md"))
                        .sorted(Comparator.comparing((Path f) -> !f.getFileName().toString().equals("README.md"))
                                .thenComparing(f -> f.getFileName().toString()))
                        .toList()) {
                    String name = file.getFileName().toString().replaceFirst("\\.md$", "");
                    passages.addAll(Passage.split(name, Files.readString(file, StandardCharsets.UTF_8)));
                }
            }
            return passages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static java.nio.file.FileSystem jarFileSystem(URI uri) throws IOException {
        try {
            return FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            return FileSystems.getFileSystem(uri);
        }
    }
}
