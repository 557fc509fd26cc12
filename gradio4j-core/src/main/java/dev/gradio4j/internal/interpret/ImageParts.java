package dev.gradio4j.internal.interpret;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.BitSet;

/**
 * An image as parts to leave out: a grid of patches (at most {@value #CELLS} by {@value #CELLS}).
 * A patch left out is painted in the image's mean colour, so that it carries no information
 * without the sharp edges a black square would add.
 */
public final class ImageParts {
    static final int CELLS = 8;

    private final BufferedImage image;
    private final int columns;
    private final int rows;
    private final int patchWidth;
    private final int patchHeight;
    private final Color mean;

    public ImageParts(BufferedImage image) {
        this.image = image;
        this.patchWidth = Math.ceilDiv(image.getWidth(), Math.min(CELLS, image.getWidth()));
        this.patchHeight = Math.ceilDiv(image.getHeight(), Math.min(CELLS, image.getHeight()));
        this.columns = Math.ceilDiv(image.getWidth(), patchWidth);
        this.rows = Math.ceilDiv(image.getHeight(), patchHeight);
        this.mean = meanColour(image);
    }

    /** The number of patches. */
    public int size() {
        return columns * rows;
    }

    /** A copy of the image with the patches not in {@code kept} painted over. */
    public BufferedImage keeping(BitSet kept) {
        BufferedImage copy = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = copy.createGraphics();
        try {
            g.drawImage(image, 0, 0, null);
            g.setColor(mean);
            for (int part = 0; part < size(); part++) {
                if (!kept.get(part)) {
                    fill(g, part);
                }
            }
        } finally {
            g.dispose();
        }
        return copy;
    }

    /** The image with each patch tinted by its score: red for positive, blue for negative, as opaque as the score is large. */
    public BufferedImage overlay(double[] scores) {
        BufferedImage shown = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = shown.createGraphics();
        try {
            g.drawImage(image, 0, 0, null);
            for (int part = 0; part < size(); part++) {
                double score = Math.max(-1, Math.min(1, scores[part]));
                g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, (float) (0.7 * Math.abs(score))));
                g.setColor(score >= 0 ? new Color(239, 68, 68) : new Color(59, 130, 246));
                fill(g, part);
            }
        } finally {
            g.dispose();
        }
        return shown;
    }

    /** The scores of a grid of any size, resampled to this image's patches (a custom interpretation's grid). */
    public double[] resampled(double[][] grid) {
        double[] scores = new double[size()];
        for (int part = 0; part < size(); part++) {
            int row = (part / columns) * grid.length / rows;
            double[] cells = grid[row];
            scores[part] = cells.length == 0 ? 0 : cells[(part % columns) * cells.length / columns];
        }
        return scores;
    }

    private void fill(Graphics2D g, int part) {
        g.fillRect((part % columns) * patchWidth, (part / columns) * patchHeight, patchWidth, patchHeight);
    }

    private static Color meanColour(BufferedImage image) {
        long red = 0;
        long green = 0;
        long blue = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                red += (rgb >> 16) & 0xff;
                green += (rgb >> 8) & 0xff;
                blue += rgb & 0xff;
            }
        }
        long pixels = Math.max(1L, (long) image.getWidth() * image.getHeight());
        return new Color((int) (red / pixels), (int) (green / pixels), (int) (blue / pixels));
    }
}
