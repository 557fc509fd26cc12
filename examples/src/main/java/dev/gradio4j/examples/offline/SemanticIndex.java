package dev.gradio4j.examples.offline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Items found by meaning: each item's text is embedded once, when the index is built; a query is
 * embedded and compared with every item by cosine similarity (a few hundred items take well under
 * a millisecond, so no approximate search is needed).
 *
 * <pre>{@code
 * var index = SemanticIndex.of(MiniLm.shared(), passages, Passage::embeddedText);
 * for (var hit : index.search("how do I keep a model loaded?", 3)) {
 *     System.out.println(hit.score() + " " + hit.item());
 * }
 * }</pre>
 *
 * <p>Immutable once built, so it may be searched from any thread.
 *
 * @param <T> the items
 */
public final class SemanticIndex<T> {
    /** An item and its cosine similarity to the query, from about 0 (unrelated) to 1. */
    public record Hit<T>(T item, double score) {}

    private final MiniLm minilm;
    private final List<T> items;
    private final List<float[]> vectors;

    private SemanticIndex(MiniLm minilm, List<T> items, List<float[]> vectors) {
        this.minilm = minilm;
        this.items = items;
        this.vectors = vectors;
    }

    /** Embeds {@code text(item)} for every item. */
    public static <T> SemanticIndex<T> of(MiniLm minilm, List<T> items, Function<T, String> text) {
        List<T> copy = List.copyOf(items);
        return new SemanticIndex<>(minilm, copy, minilm.embedAll(copy.stream().map(text).toList()));
    }

    /** The items, in the order given. */
    public List<T> items() {
        return items;
    }

    /** The {@code k} items closest in meaning to {@code query}, best first, with their scores. */
    public List<Hit<T>> search(String query, int k) {
        float[] q = minilm.embed(query);
        List<Hit<T>> hits = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            hits.add(new Hit<>(items.get(i), MiniLm.cosine(q, vectors.get(i))));
        }
        hits.sort(Comparator.comparingDouble((Hit<T> hit) -> hit.score()).reversed());
        return List.copyOf(hits.subList(0, Math.min(k, hits.size())));
    }
}
