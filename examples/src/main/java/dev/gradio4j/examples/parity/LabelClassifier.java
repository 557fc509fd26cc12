package dev.gradio4j.examples.parity;

import dev.gradio4j.Blocks;
import dev.gradio4j.FlaggingMode;
import dev.gradio4j.Gr;
import dev.gradio4j.Interface;
import dev.gradio4j.Label;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Modelled on Gradio's {@code image_classifier} demo, on text: a Label with num_top_classes; twin {@code parity/apps/label_classifier.py}. */
public final class LabelClassifier {
    private LabelClassifier() {}

    record Topic(String name, List<String> keywords, double prior) {}

    static final List<Topic> TOPICS = List.of(
            new Topic("weather", List.of("rain", "sun", "cloud", "wind"), 0.5),
            new Topic("food", List.of("bread", "soup", "apple", "cheese"), 0.4),
            new Topic("sport", List.of("ball", "goal", "race", "team"), 0.3),
            new Topic("music", List.of("song", "drum", "piano", "band"), 0.2),
            new Topic("travel", List.of("train", "map", "road", "hotel"), 0.1));

    static Map<String, Double> classify(String sentence) {
        List<String> words = List.of(sentence.toLowerCase(Locale.ROOT).trim().split("\\s+"));
        Map<String, Double> scores = new LinkedHashMap<>();
        for (Topic topic : TOPICS) {
            int hits = topic.keywords().stream().mapToInt(k -> Collections.frequency(words, k)).sum();
            scores.put(topic.name(), hits + topic.prior());
        }
        double total = 0;
        for (double score : scores.values()) {
            total += score;
        }
        final double sum = total;
        scores.replaceAll((topic, score) -> score / sum);
        return scores;
    }

    public static Blocks app() {
        return Interface.of(LabelClassifier::classify, Gr.textbox().label("sentence"),
                Label.create().numTopClasses(3).label("topic")).flaggingMode(FlaggingMode.NEVER).toBlocks();
    }

    public static void main(String[] args) {
        app().launch();
    }
}
