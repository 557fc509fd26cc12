package dev.gradio4j.examples.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A passage of a Markdown document: a paragraph (with the code block or table it introduces),
 * with the document and the section it comes from, to name its source in an answer.
 *
 * @param document the document's name, as {@code "README"} for {@code README.md}
 * @param section  the heading above the passage, without its {@code #}s
 * @param text     the passage's Markdown
 */
public record Passage(String document, String section, String text) {
    /** Paragraphs shorter than this join a neighbour: alone, their heading would outweigh them. */
    private static final int SHORT = 60;

    public Passage {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(text, "text");
    }

    /** What is embedded: the section's title with the text, since a paragraph often relies on its heading. */
    public String embeddedText() {
        return plain(section) + ". " + plain(text);
    }

    /** Markdown without its marks: the tokenizer reads {@code Reload.keep} better than {@code `Reload.keep`}. */
    private static String plain(String markdown) {
        return markdown.replaceAll("[`*]", "").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    /** The source in words: {@code the README, section “Reload mode”}. */
    public String source() {
        String doc = document.equals("README") ? "the README" : document + ".md";
        return doc + ", section “" + section + "”";
    }

    /**
     * Splits {@code markdown} into passages: one per paragraph or list item, under the nearest
     * heading; a code block joins the paragraph before it in its section (the sentence that
     * introduces it), or the one after it when it opens the section. Headings themselves are not
     * passages.
     */
    public static List<Passage> split(String document, String markdown) {
        List<Passage> passages = new ArrayList<>();
        String section = document;
        List<String> block = new ArrayList<>();
        List<Block> blocks = new ArrayList<>();
        boolean inFence = false;
        for (String line : markdown.split("\n", -1)) {
            if (line.startsWith("```")) {
                if (!inFence) {
                    close(block, false, blocks);
                }
                block.add(line);
                inFence = !inFence;
                if (!inFence) {
                    close(block, true, blocks);
                }
            } else if (inFence) {
                block.add(line);
            } else if (line.startsWith("#")) {
                close(block, false, blocks);
                flush(document, section, blocks, passages);
                section = line.replaceFirst("^#+\\s*", "").strip();
            } else if (line.isBlank()) {
                close(block, false, blocks);
            } else {
                block.add(line);
            }
        }
        close(block, inFence, blocks);
        flush(document, section, blocks, passages);
        return passages;
    }

    private record Block(String text, boolean code) {}

    private static final Pattern BULLET = Pattern.compile("^(?:[-*+]|\\d+\\.)\\s.*");

    /** Ends a block: code as it is; prose as one paragraph, or one block per item of a list. */
    private static void close(List<String> lines, boolean code, List<Block> blocks) {
        if (lines.isEmpty()) {
            return;
        }
        if (code) {
            blocks.add(new Block(String.join("\n", lines), true));
        } else {
            List<String> item = new ArrayList<>();
            for (String line : lines) {
                if (BULLET.matcher(line).matches() && item.stream().anyMatch(l -> BULLET.matcher(l).matches())) {
                    blocks.add(new Block(String.join("\n", item), false));
                    item.clear();
                }
                item.add(line);
            }
            blocks.add(new Block(String.join("\n", item), false));
        }
        lines.clear();
    }

    /**
     * One section's blocks as passages: a code block joins the paragraph before it (or after it,
     * when it opens the section), and so does a paragraph too short to stand alone.
     */
    private static void flush(String document, String section, List<Block> blocks, List<Passage> passages) {
        List<String> texts = new ArrayList<>();
        String pending = null;
        for (Block block : blocks) {
            boolean joins = block.code() || block.text().length() < SHORT;
            if (joins && !texts.isEmpty() && pending == null) {
                texts.set(texts.size() - 1, texts.getLast() + "\n\n" + block.text());
            } else if (joins) {
                pending = pending == null ? block.text() : pending + "\n\n" + block.text();
            } else {
                texts.add(pending == null ? block.text() : pending + "\n\n" + block.text());
                pending = null;
            }
        }
        if (pending != null) {
            texts.add(pending);
        }
        for (String text : texts) {
            passages.add(new Passage(document, section, text));
        }
        blocks.clear();
    }
}
