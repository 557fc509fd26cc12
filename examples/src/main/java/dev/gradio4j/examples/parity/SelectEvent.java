package dev.gradio4j.examples.parity;

import dev.gradio4j.Blocks;
import dev.gradio4j.CheckboxGroup;
import dev.gradio4j.Gr;
import dev.gradio4j.Radio;
import dev.gradio4j.SelectData;
import java.util.List;

/** Modelled on Gradio's select demos: select events with {@code SelectData}; twin {@code parity/apps/select_event.py}. */
public final class SelectEvent {
    private SelectEvent() {}

    // An API client sends no event data: evt is then null and the call fails, as on Gradio.
    static String picked(String choice, SelectData evt) {
        return "selected " + evt.value() + " at " + evt.index();
    }

    static String toggled(List<String> ticked, SelectData evt) {
        String state = evt.selected() ? "ticked" : "unticked";
        return evt.value() + " " + state + ", " + ticked.size() + " ticked in all";
    }

    public static Blocks app() {
        var fruit = Radio.of("apple", "pear", "plum").label("fruit");
        var extras = CheckboxGroup.of("cream", "honey", "nuts").label("extras");
        var log = Gr.textbox().label("last selection");
        fruit.select(SelectEvent::picked, fruit, Gr.selectData(), log);
        extras.select(SelectEvent::toggled, extras, Gr.selectData(), log);
        return Blocks.of(fruit, extras, log);
    }

    public static void main(String[] args) {
        app().launch();
    }
}
