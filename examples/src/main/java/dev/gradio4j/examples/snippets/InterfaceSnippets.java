package dev.gradio4j.examples.snippets;

import dev.gradio4j.Gr;
import dev.gradio4j.Interface;
import dev.gradio4j.Interpretation;
import dev.gradio4j.Label;
import java.awt.image.BufferedImage;
import java.util.Map;

/**
 * The examples in the Javadoc of {@code Interface}, {@code Image}, {@code Label} and
 * {@code Interpretation}: an app around one function. {@link #sepiaApp()}, {@link #classifierApp()}
 * and {@link #interpretedClassifierApp()} build apps without launching
 * them; a test launches them.
 */
public final class InterfaceSnippets {
    private InterfaceSnippets() {}

    /** The adder's function. */
    static final class Calculator {
        private Calculator() {}

        static Double add(Double a, Double b) {
            return a + b;
        }
    }

    /** An image filter. */
    static final class Filters {
        private Filters() {}

        /** The image in sepia tones. */
        static BufferedImage sepia(BufferedImage image) {
            var toned = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    int rgb = image.getRGB(x, y);
                    int r = (rgb >> 16) & 0xff, g = (rgb >> 8) & 0xff, b = rgb & 0xff;
                    int tr = Math.min(255, (int) (0.393 * r + 0.769 * g + 0.189 * b));
                    int tg = Math.min(255, (int) (0.349 * r + 0.686 * g + 0.168 * b));
                    int tb = Math.min(255, (int) (0.272 * r + 0.534 * g + 0.131 * b));
                    toned.setRGB(x, y, (tr << 16) | (tg << 8) | tb);
                }
            }
            return toned;
        }
    }

    /** An image classifier. */
    static final class Classifier {
        private Classifier() {}

        /** Whether the image is light or dark, by its mean brightness. */
        static Map<String, Double> classify(BufferedImage image) {
            double sum = 0;
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    int rgb = image.getRGB(x, y);
                    sum += (((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff)) / (3 * 255.0);
                }
            }
            double light = sum / Math.max(1, image.getWidth() * image.getHeight());
            return Map.of("light", light, "dark", 1 - light);
        }
    }

    /** Launches two apps; nobody calls it, it only has to compile. */
    static void launch() {
        // @start region="interface"
        Interface.of((String name) -> "Hello, " + name + "!", "text", "text").launch();
        Interface.of(Calculator::add, Gr.number(), Gr.number(), Gr.number()).title("Adder").launch();
        // @end
    }

    /** An image in, the image in sepia out ({@code /sepia}). */
    public static Interface sepiaApp() {
        // @start region="image"
        var app = Interface.of(Filters::sepia, Gr.image(), Gr.image());   // BufferedImage sepia(BufferedImage)
        // @end
        return app;
    }

    /** The sepia filter with cached examples given as file paths, as Gradio users write them. */
    public static Interface cachedSepiaApp() {
        // @start region="cachedExamples"
        var app = Interface.of(Filters::sepia, Gr.image(), Gr.image())
                .examples("examples/cat.png", "examples/dog.png")   // paths, relative to the working directory
                .cacheExamples(true)                                  // run once, shown at once on a click
                .exampleLabels("a cat", "a dog");
        // @end
        return app;
    }

    /** An image in, its classes out ({@code /classify}). */
    public static Interface classifierApp() {
        // @start region="label"
        var app = Interface.of(Classifier::classify, Gr.image(), Label.create().numTopClasses(3));
        // Map<String, Double> classify(BufferedImage image)
        // @end
        return app;
    }

    /** The image classifier with an Interpret button ({@code /classify}, {@code /interpret}). */
    public static Interface interpretedClassifierApp() {
        // @start region="interpretation"
        var app = Interface.of(Classifier::classify, Gr.image(), Label.create())
                .interpretation(Interpretation.occlusion());   // or Interpretation.shapley(32), or Interpretation.of(custom)
        // @end
        return app;
    }
}
