package dev.gradio4j.internal.interpret;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradio4j.HighlightedText.Span;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.BitSet;
import org.junit.jupiter.api.Test;

/** Cutting a text into words and an image into patches, leaving parts out, and showing scores over them. */
class PartsTest {
    @Test
    void aTextsPartsAreItsWordsAndLeavingOneOutKeepsTheSpaces() {
        var parts = new TextParts("the  movie was\tgreat ");
        assertThat(parts.size()).isEqualTo(4);
        BitSet kept = new BitSet();
        kept.set(0, 4);
        assertThat(parts.keeping(kept)).isEqualTo("the  movie was\tgreat ");
        kept.clear(3);
        assertThat(parts.keeping(kept)).isEqualTo("the  movie was\t ");
        assertThat(parts.keeping(new BitSet())).isEqualTo("   \t ");
    }

    @Test
    void theSpansAreTheWholeTextWithEachWordScored() {
        var spans = new TextParts("not bad").spans(new double[] {-0.5, 1});
        assertThat(spans).containsExactly(Span.scored("not", -0.5), Span.plain(" "), Span.scored("bad", 1));
    }

    @Test
    void anImagesPartsArePatchesPaintedInItsMeanColourWhenLeftOut() {
        var image = new BufferedImage(16, 8, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 8; x++) {
            for (int y = 0; y < 8; y++) {
                image.setRGB(x, y, Color.WHITE.getRGB());   // left half white, right half black
            }
        }
        var parts = new ImageParts(image);
        assertThat(parts.size()).isEqualTo(64);   // 8 by 8 patches of 2 by 1 px
        BitSet kept = new BitSet();
        kept.set(1, parts.size());
        BufferedImage patched = parts.keeping(kept);
        assertThat(new Color(patched.getRGB(0, 0))).isEqualTo(new Color(127, 127, 127));
        assertThat(new Color(patched.getRGB(2, 0))).isEqualTo(Color.WHITE);
        assertThat(new Color(image.getRGB(0, 0))).as("the original is left alone").isEqualTo(Color.WHITE);
    }

    @Test
    void anOverlayTintsRaisingPatchesRedAndLoweringOnesBlue() {
        var image = new BufferedImage(2, 1, BufferedImage.TYPE_INT_RGB);
        var parts = new ImageParts(image);
        assertThat(parts.size()).isEqualTo(2);
        BufferedImage shown = parts.overlay(new double[] {1, -1});
        Color raising = new Color(shown.getRGB(0, 0));
        Color lowering = new Color(shown.getRGB(1, 0));
        assertThat(raising.getRed()).isGreaterThan(raising.getBlue());
        assertThat(lowering.getBlue()).isGreaterThan(lowering.getRed());
        assertThat(new Color(parts.overlay(new double[] {0, 0}).getRGB(0, 0))).isEqualTo(Color.BLACK);
    }
}
