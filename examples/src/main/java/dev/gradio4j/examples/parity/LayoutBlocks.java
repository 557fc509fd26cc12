package dev.gradio4j.examples.parity;

import dev.gradio4j.Accordion;
import dev.gradio4j.Blocks;
import dev.gradio4j.Button;
import dev.gradio4j.ButtonVariant;
import dev.gradio4j.Column;
import dev.gradio4j.Gr;
import dev.gradio4j.Group;
import dev.gradio4j.Row;
import java.util.ArrayList;
import java.util.List;

/** Modelled on Gradio's {@code rows_and_columns} and {@code accordion} demos: Row, Column, Group, Accordion; twin {@code parity/apps/layout_blocks.py}. */
public final class LayoutBlocks {
    private LayoutBlocks() {}

    static String card(String first, String last, Double age, Boolean subscribed, Boolean member, String notes) {
        List<String> flags = new ArrayList<>();
        if (subscribed) {
            flags.add("subscriber");
        }
        if (member) {
            flags.add("member");
        }
        String card = first + " " + last + ", " + age.intValue() + "\nflags: " + (flags.isEmpty() ? "none" : String.join(", ", flags));
        return notes.isEmpty() ? card : card + "\nnotes: " + notes;
    }

    public static Blocks app() {
        var first = Gr.textbox().label("first name");
        var last = Gr.textbox().label("last name");
        var age = Gr.number().label("age").value(30.0).precision(0);
        var subscribed = Gr.checkbox().label("subscriber");
        var member = Gr.checkbox().label("member");
        var notes = Gr.textbox().label("notes").lines(3);
        var make = Button.of("Make the card").variant(ButtonVariant.PRIMARY);
        var result = Gr.textbox().label("card");
        make.click(LayoutBlocks::card, first, last, age, subscribed, member, notes, result);
        return Blocks.of(
                Row.of(Column.of(first, last).scale(2), Column.of(age).scale(1)),
                Group.of(subscribed, member),
                Accordion.of("More", notes).open(false),
                make,
                result);
    }

    public static void main(String[] args) {
        app().launch();
    }
}
