package dev.gradio4j.internal.interpret;

import dev.gradio4j.Fn;
import dev.gradio4j.HighlightedText.Span;
import dev.gradio4j.internal.app.Invoker;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.jspecify.annotations.Nullable;

/**
 * The Interpret button's handler: for each text or image input, runs the interface's function on
 * that input with parts left out (the other inputs as they are), scores each part by how it moved
 * the confidence of the class the full input gets, and returns the input with the parts
 * highlighted (a {@link Span} list for a text, a tinted image for an image), the strongest part
 * at full intensity.
 */
public final class Interpreter implements Fn.Dynamic {
    /** What an input is to the interpreter. */
    public enum InputKind { TEXT, IMAGE, FIXED }

    /** How the parts' effects are found. */
    public sealed interface Method {}

    /** Each part left out alone. */
    public record Occlusion() implements Method {}

    /** A Shapley-value estimate from {@code samples} random orders of the parts. */
    public record Shapley(int samples) implements Method {}

    /** The app's own: one value per interpreted input, as {@code Interpretation.Custom} says. */
    public record Custom(Fn.Dynamic interpret) implements Method {}

    /** The Shapley estimate's seed: the same input is interpreted the same way each time. */
    private static final long SEED = 14;

    private final transient Invoker predict;
    private final List<InputKind> kinds;
    private final Method method;

    public Interpreter(Invoker predict, List<InputKind> kinds, Method method) {
        this.predict = predict;
        this.kinds = List.copyOf(kinds);
        this.method = method;
    }

    @Override
    public List<@Nullable Object> apply(List<@Nullable Object> args) throws Exception {
        if (method instanceof Custom custom) {
            return customOutputs(custom, args);
        }
        String top = topClass(confidences(predict.invoke(new ArrayList<>(args))));
        List<@Nullable Object> outputs = new ArrayList<>();
        for (int i = 0; i < kinds.size(); i++) {
            Object value = args.get(i);
            switch (kinds.get(i)) {
                case TEXT -> outputs.add(value == null ? null : interpretText((String) value, i, args, top));
                case IMAGE -> outputs.add(value == null ? null : interpretImage(value, i, args, top));
                case FIXED -> { }
            }
        }
        return outputs;
    }

    private List<Span> interpretText(String text, int input, List<@Nullable Object> args, String top) throws Exception {
        TextParts parts = new TextParts(text);
        double[] effects = effects(parts.size(), kept -> confidenceOf(top, with(args, input, parts.keeping(kept))));
        return parts.spans(Attribution.normalized(effects));
    }

    private BufferedImage interpretImage(Object value, int input, List<@Nullable Object> args, String top) throws Exception {
        ImageParts parts = new ImageParts(ImageValues.read(value));
        double[] effects = effects(parts.size(), kept -> {
            try (ImageValues.AsInput patched = ImageValues.like(value, parts.keeping(kept))) {
                return confidenceOf(top, with(args, input, patched.value()));
            }
        });
        return parts.overlay(Attribution.normalized(effects));
    }

    private double[] effects(int parts, Attribution.Score score) throws Exception {
        return switch (method) {
            case Occlusion o -> Attribution.occlusion(parts, score);
            case Shapley s -> Attribution.shapley(parts, score, s.samples(), SEED);
            case Custom c -> throw new IllegalStateException("a custom interpretation scores its own parts");
        };
    }

    private List<@Nullable Object> customOutputs(Custom custom, List<@Nullable Object> args) throws Exception {
        Object answer = custom.interpret().apply(args);
        long interpreted = kinds.stream().filter(k -> k != InputKind.FIXED).count();
        if (!(answer instanceof List<?> list) || list.size() != interpreted) {
            throw new IllegalStateException("the custom interpretation must return a list of " + interpreted
                    + " value(s), one per text or image input, not " + answer);
        }
        List<@Nullable Object> outputs = new ArrayList<>();
        int next = 0;
        for (int i = 0; i < kinds.size(); i++) {
            if (kinds.get(i) == InputKind.FIXED) {
                continue;
            }
            Object part = list.get(next++);
            if (kinds.get(i) == InputKind.IMAGE && part instanceof double[][] grid && args.get(i) != null) {
                ImageParts parts = new ImageParts(ImageValues.read(args.get(i)));
                outputs.add(parts.overlay(parts.resampled(grid)));
            } else {
                outputs.add(part);
            }
        }
        return outputs;
    }

    private double confidenceOf(String label, List<@Nullable Object> args) throws Exception {
        return confidences(predict.invoke(args)).getOrDefault(label, 0.0);
    }

    private static List<@Nullable Object> with(List<@Nullable Object> args, int index, Object value) {
        List<@Nullable Object> changed = new ArrayList<>(args);
        changed.set(index, value);
        return changed;
    }

    /** A Label's value as the function returned it: a map of class to confidence, or a class alone. */
    private static Map<String, Double> confidences(@Nullable Object result) {
        if (result instanceof String label) {
            return Map.of(label, 1.0);
        }
        if (result instanceof Map<?, ?> map) {
            java.util.LinkedHashMap<String, Double> confidences = new java.util.LinkedHashMap<>();
            map.forEach((k, v) -> {
                if (v instanceof java.lang.Number n) {
                    confidences.put(String.valueOf(k), n.doubleValue());
                }
            });
            return confidences;
        }
        throw new IllegalStateException("interpretation needs the function's Label value (a map of class to confidence,"
                + " or a class name), but it returned " + (result == null ? "null" : result.getClass().getSimpleName()));
    }

    private static String topClass(Map<String, Double> confidences) {
        return confidences.entrySet().stream().max(Comparator.comparingDouble(Map.Entry::getValue)).map(Map.Entry::getKey)
                .orElseThrow(() -> new IllegalStateException("interpretation needs a prediction with at least one class;"
                        + " the function returned none"));
    }

    /** Image values in the forms an Image input hands a function: a BufferedImage, a Path, or bytes. */
    static final class ImageValues {
        private ImageValues() {}

        /** A patched image in the form the function takes, and the file to delete after, if any. */
        record AsInput(Object value, @Nullable Path file) implements AutoCloseable {
            @Override
            public void close() throws IOException {
                if (file != null) {
                    Files.deleteIfExists(file);
                }
            }
        }

        static BufferedImage read(Object value) throws IOException {
            BufferedImage image = switch (value) {
                case BufferedImage buffered -> buffered;
                case Path path -> ImageIO.read(path.toFile());
                case byte[] bytes -> ImageIO.read(new ByteArrayInputStream(bytes));
                default -> throw new IllegalStateException("cannot interpret an image given as " + value.getClass().getSimpleName());
            };
            if (image == null) {
                throw new IllegalStateException("the image input is not an image the JDK can read (PNG, JPEG, GIF, BMP)");
            }
            return image;
        }

        static AsInput like(Object original, BufferedImage image) throws IOException {
            return switch (original) {
                case Path path -> {
                    Path file = Files.createTempFile("gradio4j-interpret", ".png");
                    ImageIO.write(image, "png", file.toFile());
                    yield new AsInput(file, file);
                }
                case byte[] bytes -> {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    ImageIO.write(image, "png", out);
                    yield new AsInput(out.toByteArray(), null);
                }
                default -> new AsInput(image, null);
            };
        }
    }
}
