package dev.gradio4j.examples.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Questions about one document's text (what OCR read, or what the user pasted): the text is cut
 * into lines, and long lines into sentences; MiniLM finds the line closest to the question, and
 * the answer quotes it with the lines around it, which often carry the rest (a label above its
 * value, a column's heading).
 *
 * <pre>{@code
 * DocumentQa invoice = DocumentQa.of(MiniLm.shared(), ocr.read(Path.of("invoice.png")));
 * invoice.answer("What is the total amount due?");
 * // "The document says: **“Total due GBP 2,338.80”** ..."
 * }</pre>
 *
 * <p>Immutable once built.
 */
public final class DocumentQa {
    /** Below this cosine similarity no line is taken as the answer. */
    public static final double THRESHOLD = 0.25;

    /** The runner-up line is quoted too when it is this close to the best. */
    private static final double ALSO = 0.1;

    /** A line of the document; {@code number} counts from 1 over the lines kept. */
    public record Line(int number, String text) {}

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z0-9\"“(])");
    /** Lines longer than this (prose, not a form's line) are cut into sentences. */
    private static final int LONG = 100;
    private static final Pattern COLUMN_GAP = Pattern.compile(" {4,}");
    private static final Pattern WORDS = Pattern.compile("\\p{L}{2}");
    private static final Pattern HAS_WORD = Pattern.compile(".*\\p{L}{2}.*|.*\\d.*");

    private final SemanticIndex<Line> index;

    private DocumentQa(SemanticIndex<Line> index) {
        this.index = index;
    }

    /** Cuts {@code text} into lines and embeds them. */
    public static DocumentQa of(MiniLm minilm, String text) {
        return new DocumentQa(SemanticIndex.of(minilm, lines(text), Line::text));
    }

    /** The lines searched, in the document's order. */
    public List<Line> lines() {
        return index.items();
    }

    /** The lines closest to {@code question}, best first. */
    public List<SemanticIndex.Hit<Line>> search(String question, int k) {
        return index.search(question, k);
    }

    /** The answer to {@code question} in Markdown: the best line, in context, or that the document does not say. */
    public String answer(String question) {
        List<Line> lines = lines();
        if (lines.isEmpty()) {
            return "I could not find any text in the document, so I cannot answer. If it is an image, is it sharp and"
                    + " the right way up?";
        }
        List<SemanticIndex.Hit<Line>> hits = index.search(question, 2);
        SemanticIndex.Hit<Line> best = hits.getFirst();
        String similarity = String.format(Locale.ROOT, "%.2f", best.score());
        if (best.score() < THRESHOLD) {
            return "I could not find that in the document. Its closest line, “" + escaped(best.item().text())
                    + "”, is too far from your question (similarity " + similarity + ") to be an answer.";
        }
        int at = best.item().number() - 1;
        StringBuilder answer = new StringBuilder("The document says: **“").append(escaped(best.item().text())).append("”**\n\n");
        if (lines.size() > 1) {
            answer.append("In context:\n\n");
            for (int i = Math.max(0, at - 1); i <= Math.min(lines.size() - 1, at + 1); i++) {
                String line = escaped(lines.get(i).text());
                answer.append("> ").append(i == at ? "**" + line + "**" : line).append("  \n");
            }
            answer.append("\n");
        }
        if (hits.size() > 1) {
            SemanticIndex.Hit<Line> next = hits.get(1);
            if (next.score() >= THRESHOLD && best.score() - next.score() <= ALSO && Math.abs(next.item().number() - 1 - at) > 1) {
                answer.append("It also says: “").append(escaped(next.item().text())).append("”\n\n");
            }
        }
        return answer.append("_MiniLM matched line ").append(best.item().number()).append(" of ").append(lines.size())
                .append(" with similarity ").append(similarity).append("._").toString();
    }

    /** The document as a short overview: how many lines, and the first few. */
    public String overview() {
        List<Line> lines = lines();
        StringBuilder text = new StringBuilder("I read the document: ").append(lines.size())
                .append(lines.size() == 1 ? " line" : " lines").append(". It begins:\n\n");
        lines.stream().limit(4).forEach(line -> text.append("> ").append(escaped(line.text())).append("  \n"));
        return text.append("\nAsk me anything about it: a total, a date, a name, an item…").toString();
    }

    /**
     * The lines of {@code text} that have words or figures. A line of two columns (wide gaps
     * between phrases: "Bill to:      Invoice No.: 42") becomes one line per column; a table's row,
     * whose gaps separate figures and single words, stays whole. Long lines are cut into sentences.
     */
    static List<Line> lines(String text) {
        List<Line> lines = new ArrayList<>();
        for (String line : text.split("\\R")) {
            for (String part : columns(line.strip())) {
                for (String sentence : part.length() > LONG ? SENTENCE_END.split(part) : new String[] {part}) {
                    String clean = sentence.strip().replaceAll("\\s+", " ");
                    if (HAS_WORD.matcher(clean).matches()) {
                        lines.add(new Line(lines.size() + 1, clean));
                    }
                }
            }
        }
        return lines;
    }

    private static List<String> columns(String line) {
        List<String> parts = List.of(COLUMN_GAP.split(line));
        return parts.size() > 1 && parts.stream().allMatch(DocumentQa::isPhrase) ? parts : List.of(line);
    }

    /** Two words or more, one of them with letters: a column's line, not a table's cell or heading. */
    private static boolean isPhrase(String part) {
        return WORDS.matcher(part).find() && part.strip().split("\\s+").length >= 2;
    }

    /** A line as Markdown that shows it as it is. */
    private static String escaped(String line) {
        return line.replaceAll("([\\\\`*_\\[\\]<>#|])", "\\\\$1");
    }
}
