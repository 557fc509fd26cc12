package dev.gradio4j.examples;

import dev.gradio4j.Gr;
import dev.gradio4j.Interface;
import dev.gradio4j.Interpretation;
import dev.gradio4j.Label;
import dev.gradio4j.Theme;
import dev.gradio4j.examples.offline.ColourNames;
import java.awt.image.BufferedImage;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;

/**
 * The image classifier of Gradio's guide to the Interface's advanced features, in Java and
 * offline: a picture in, its top colours out as a Label, with examples given as file paths and
 * cached at start-up, four flagging options, interpretation (Interpret tints the regions that
 * made the top colour red), Gradio-style CSS and a built-in theme. The classifier is
 * {@link ColourNames}, which needs no model download. Run with {@code examples/run classifier}.
 */
public final class Classifier {
    private Classifier() {}

    static Map<String, Double> classify(BufferedImage picture) {
        return ColourNames.classify(picture);
    }

    /** The app, flagging into {@code flags} and caching its examples in {@code cache}. */
    public static Interface app(Path flags, Path cache) {
        return Interface.of(Classifier::classify, Gr.image().label("picture"), Label.create().numTopClasses(3).label("colours"))
                .title("Colour classifier")
                .description("Which colours is a picture made of? Try an example, or upload a picture; then **Interpret** shows"
                        + " which regions made the top colour (red) and which argued against it (blue).")
                .examples(picture("sunset.png"), picture("forest.png"), picture("sea.png"))
                .cacheExamples(true)
                .examplesCacheFolder(cache)
                .flaggingOptions("incorrect", "ambiguous", "offensive", "other")
                .flaggingDir(flags)
                .interpretation(Interpretation.occlusion())
                .css(".gradio-container {max-width: 900px}")
                .theme(Theme.soft());
    }

    /** An example picture's path, as a Gradio user writes examples: a file path string. */
    static String picture(String name) {
        try {
            return Path.of(Classifier.class.getResource("classifier/" + name).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("the example picture " + name + " is not a file", e);
        }
    }

    public static void main(String[] args) {
        app(Path.of(".gradio", "flagged"), Path.of(".gradio", "cached_examples")).launch();
    }
}
