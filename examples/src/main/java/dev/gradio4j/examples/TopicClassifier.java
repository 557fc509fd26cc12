package dev.gradio4j.examples;

import dev.gradio4j.Gr;
import dev.gradio4j.Interface;
import dev.gradio4j.Interpretation;
import dev.gradio4j.Label;
import dev.gradio4j.examples.offline.MiniLm;
import dev.gradio4j.examples.offline.ZeroShot;
import java.util.Map;

/**
 * A zero-shot topic classifier on the offline MiniLM model, with interpretation: Interpret shows
 * which words made the top topic (red) and which argued against it (blue). Run with
 * {@code examples/run topic-classifier}; {@code --shapley} interprets with a Shapley estimate
 * instead of leaving each word out.
 */
public final class TopicClassifier {
    private TopicClassifier() {}

    /** Builds the app around {@code topics} (tests launch it on their own port). */
    public static Interface app(ZeroShot topics, Interpretation interpretation) {
        return Interface.of((String text) -> classify(topics, text), Gr.textbox().label("text").lines(2),
                        Label.create().numTopClasses(3).label("topic"))
                .title("Topic classifier")
                .description("Zero-shot topics from MiniLM sentence embeddings, offline. Classify a text, then click"
                        + " **Interpret** to see which words decided it: red raised the top topic, blue lowered it.")
                .examples("The striker scored twice and the team won the final",
                        "Heavy rain and strong winds are expected across the coast tonight",
                        "The central bank raised interest rates as shares fell")
                .apiName("classify")
                .interpretation(interpretation);
    }

    static Map<String, Double> classify(ZeroShot topics, String text) {
        return topics.classify(text == null ? "" : text);
    }

    public static void main(String[] args) {
        boolean shapley = args.length > 0 && args[0].equals("--shapley");
        app(ZeroShot.topics(MiniLm.shared()), shapley ? Interpretation.shapley(16) : Interpretation.occlusion()).launch();
    }
}
