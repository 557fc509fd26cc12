package dev.gradio4j.internal.interpret;

import dev.gradio4j.HighlightedText.Span;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A text as parts to leave out: its words (runs of non-space); the spaces between them stay. */
public final class TextParts {
    private static final Pattern TOKEN = Pattern.compile("\\S+|\\s+");

    /** The text cut into words and spaces, in order. */
    private final List<String> tokens = new ArrayList<>();
    /** Which tokens are words, by part number. */
    private final List<Integer> words = new ArrayList<>();

    public TextParts(String text) {
        Matcher matcher = TOKEN.matcher(text);
        while (matcher.find()) {
            if (!Character.isWhitespace(matcher.group().charAt(0))) {
                words.add(tokens.size());
            }
            tokens.add(matcher.group());
        }
    }

    /** The number of words. */
    public int size() {
        return words.size();
    }

    /** The text with only the words in {@code kept} (by part number); a word left out leaves its spaces. */
    public String keeping(BitSet kept) {
        StringBuilder text = new StringBuilder();
        int part = 0;
        for (int i = 0; i < tokens.size(); i++) {
            boolean word = part < words.size() && words.get(part) == i;
            if (!word || kept.get(part)) {
                text.append(tokens.get(i));
            }
            if (word) {
                part++;
            }
        }
        return text.toString();
    }

    /** The whole text as spans: each word scored with its effect, the spaces plain. */
    public List<Span> spans(double[] scores) {
        List<Span> spans = new ArrayList<>();
        int part = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (part < words.size() && words.get(part) == i) {
                spans.add(Span.scored(tokens.get(i), scores[part++]));
            } else {
                spans.add(Span.plain(tokens.get(i)));
            }
        }
        return spans;
    }
}
