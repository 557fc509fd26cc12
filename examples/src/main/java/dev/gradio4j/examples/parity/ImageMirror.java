package dev.gradio4j.examples.parity;

import dev.gradio4j.Blocks;
import dev.gradio4j.FlaggingMode;
import dev.gradio4j.Gr;
import dev.gradio4j.Interface;
import java.awt.image.BufferedImage;

/** Modelled on Gradio's {@code image_mod} demo: an image in, its mirror image out; twin {@code parity/apps/image_mirror.py}. */
public final class ImageMirror {
    private ImageMirror() {}

    static BufferedImage mirror(BufferedImage picture) {
        int width = picture.getWidth();
        var mirrored = new BufferedImage(width, picture.getHeight(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < picture.getHeight(); y++) {
            for (int x = 0; x < width; x++) {
                mirrored.setRGB(width - 1 - x, y, picture.getRGB(x, y));
            }
        }
        return mirrored;
    }

    public static Blocks app() {
        return Interface.of(ImageMirror::mirror, Gr.image().label("picture"), Gr.image().label("mirrored")).flaggingMode(FlaggingMode.NEVER).toBlocks();
    }

    public static void main(String[] args) {
        app().launch();
    }
}
