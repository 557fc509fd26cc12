package dev.gradio4j.examples.parity;

import dev.gradio4j.Blocks;
import dev.gradio4j.FlaggingMode;
import dev.gradio4j.CheckboxGroup;
import dev.gradio4j.Dropdown;
import dev.gradio4j.Gr;
import dev.gradio4j.Interface;
import dev.gradio4j.Radio;
import java.util.List;

/** Modelled on Gradio's {@code sentence_builder} demo: every choice component; twin {@code parity/apps/sentence_builder.py}. */
public final class SentenceBuilder {
    private SentenceBuilder() {}

    static String compose(Double count, String animal, List<String> places, List<String> activities, String time,
                          Boolean happy) {
        String where = places.isEmpty() ? "nowhere" : String.join(" and ", places);
        String what = activities.isEmpty() ? "did nothing" : String.join(", ", activities);
        String mood = happy ? "happily" : "quietly";
        return count.intValue() + " " + animal + " " + mood + " " + what + " in the " + time + ", in " + where + ".";
    }

    public static Blocks app() {
        return Interface.of(SentenceBuilder::compose,
                        Gr.slider(1, 12).value(3.0).step(1).label("count").info("how many"),
                        Dropdown.of("cats", "owls", "foxes").value("owls").label("animal"),
                        Dropdown.multiselect("garden", "forest", "city").value(List.of("garden")).label("places"),
                        CheckboxGroup.of("sang", "danced", "slept").label("activities"),
                        Radio.of("morning", "evening").value("evening").label("time"),
                        Gr.checkbox().label("happy").info("in a good mood?"),
                        Gr.textbox().label("sentence"))
                .flaggingMode(FlaggingMode.NEVER).toBlocks();
    }

    public static void main(String[] args) {
        app().launch();
    }
}
