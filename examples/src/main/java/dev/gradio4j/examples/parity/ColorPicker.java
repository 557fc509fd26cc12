package dev.gradio4j.examples.parity;

import dev.gradio4j.Blocks;
import dev.gradio4j.Button;
import dev.gradio4j.Gr;
import dev.gradio4j.Html;
import dev.gradio4j.Outputs;

/** Modelled on Gradio's {@code color_picker} demo: a ColorPicker into HTML; twin {@code parity/apps/color_picker.py}. */
public final class ColorPicker {
    private ColorPicker() {}

    record Complement(String swatch, String opposite) {}

    static Complement complement(String color) {
        int red = Integer.parseInt(color.substring(1, 3), 16);
        int green = Integer.parseInt(color.substring(3, 5), 16);
        int blue = Integer.parseInt(color.substring(5, 7), 16);
        String opposite = String.format("#%02x%02x%02x", 255 - red, 255 - green, 255 - blue);
        String swatch = "<div style=\"display:flex;gap:8px\"><span style=\"background:" + color + ";padding:12px\">" + color
                + "</span><span style=\"background:" + opposite + ";padding:12px\">" + opposite + "</span></div>";
        return new Complement(swatch, opposite);
    }

    public static Blocks app() {
        var base = dev.gradio4j.ColorPicker.of("#3366cc").label("base colour");
        var swatch = Html.create().label("swatch");
        var opposite = Gr.textbox().label("complement");
        var find = Button.of("Find the complement");
        find.click(ColorPicker::complement, base, Outputs.of(swatch, opposite));
        return Blocks.of(base, swatch, opposite, find);
    }

    public static void main(String[] args) {
        app().launch();
    }
}
