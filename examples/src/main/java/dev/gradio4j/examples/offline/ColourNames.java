package dev.gradio4j.examples.offline;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A picture's colours by name: the share of its pixels that are each of eleven everyday colours,
 * judged by hue, saturation and brightness. A small classifier with no model to download, for
 * the offline image demo ({@code examples/run classifier}): its confidences are shares, so
 * covering part of a picture changes them as a model's would, and interpretation shows which
 * regions made the top colour.
 */
public final class ColourNames {
    /** The colours it names, in the order confidences are listed when tied. */
    static final String[] NAMES = {"red", "orange", "yellow", "green", "teal", "blue", "purple", "pink", "white", "grey", "black"};

    private ColourNames() {}

    /** Each colour's share of the picture's pixels (every colour listed; the shares add up to 1). */
    public static Map<String, Double> classify(BufferedImage image) {
        long[] counts = new long[NAMES.length];
        // A sample of at most about 200 x 200 pixels is plenty for shares, and keeps big photos fast.
        int step = Math.max(1, Math.max(image.getWidth(), image.getHeight()) / 200);
        long total = 0;
        float[] hsb = new float[3];
        for (int y = 0; y < image.getHeight(); y += step) {
            for (int x = 0; x < image.getWidth(); x += step) {
                int rgb = image.getRGB(x, y);
                Color.RGBtoHSB((rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff, hsb);
                counts[nameOf(hsb[0] * 360, hsb[1], hsb[2])]++;
                total++;
            }
        }
        Map<String, Double> shares = new LinkedHashMap<>();
        for (int i = 0; i < NAMES.length; i++) {
            shares.put(NAMES[i], total == 0 ? 0.0 : (double) counts[i] / total);
        }
        return shares;
    }

    /** The index in {@link #NAMES} of a colour given by hue (degrees), saturation and brightness. */
    static int nameOf(float hue, float saturation, float brightness) {
        if (brightness < 0.2f) {
            return 10; // black
        }
        if (saturation < 0.18f) {
            return brightness > 0.85f ? 8 : 9; // white or grey
        }
        if (hue < 15 || hue >= 345) {
            return 0;
        }
        if (hue < 40) {
            return 1;
        }
        if (hue < 65) {
            return 2;
        }
        if (hue < 160) {
            return 3;
        }
        if (hue < 195) {
            return 4;
        }
        if (hue < 255) {
            return 5;
        }
        if (hue < 300) {
            return 6;
        }
        return 7; // pink
    }
}
