package dev.gradio4j.examples.offline;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Zero-shot text classification with {@link MiniLm}: a text's class is the class description its
 * embedding is closest to, and the confidences are a softmax over the cosine similarities, sharp
 * enough ({@value #TEMPERATURE}) that a clear text gets a clear winner. No training, no network;
 * a text takes a few milliseconds. Thread-safe.
 *
 * <pre>{@code
 * var topics = ZeroShot.topics(MiniLm.shared());
 * Map<String, Double> confidences = topics.classify("The striker scored twice in the final");  // sports first
 * }</pre>
 */
public final class ZeroShot {
    static final double TEMPERATURE = 0.05;

    private final MiniLm minilm;
    private final Map<String, float[]> classes = new LinkedHashMap<>();

    /** A classifier of the given classes, each described by a sentence ("This text is about sport."). */
    public ZeroShot(MiniLm minilm, Map<String, String> descriptions) {
        this.minilm = minilm;
        List<String> names = List.copyOf(descriptions.keySet());
        List<float[]> embeddings = minilm.embedAll(names.stream().map(descriptions::get).toList());
        for (int i = 0; i < names.size(); i++) {
            classes.put(names.get(i), embeddings.get(i));
        }
    }

    /** News topics: sports, politics, technology, food, weather, finance. */
    public static ZeroShot topics(MiniLm minilm) {
        Map<String, String> topics = new LinkedHashMap<>();
        topics.put("sports", "This text is about sports, a game, a team or a match.");
        topics.put("politics", "This text is about politics, government, an election or a law.");
        topics.put("technology", "This text is about technology, computers, software or the internet.");
        topics.put("food", "This text is about food, cooking, a recipe or a restaurant.");
        topics.put("weather", "This text is about the weather, rain, snow, sun or a storm.");
        topics.put("finance", "This text is about money, the economy, a bank or the stock market.");
        return new ZeroShot(minilm, topics);
    }

    /** Each class's confidence for {@code text}, in the classes' order; they add up to 1. */
    public Map<String, Double> classify(String text) {
        float[] embedding = minilm.embed(text);
        Map<String, Double> scores = new LinkedHashMap<>();
        double total = 0;
        for (var entry : classes.entrySet()) {
            double score = Math.exp(MiniLm.cosine(embedding, entry.getValue()) / TEMPERATURE);
            scores.put(entry.getKey(), score);
            total += score;
        }
        double sum = total;
        scores.replaceAll((name, score) -> score / sum);
        return scores;
    }
}
