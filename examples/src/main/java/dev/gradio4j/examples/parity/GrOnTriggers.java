package dev.gradio4j.examples.parity;

import dev.gradio4j.Blocks;
import dev.gradio4j.Button;
import dev.gradio4j.Gr;
import java.util.List;

/** Modelled on Gradio's {@code on_listener_basic} demo: one handler on several triggers; twin {@code parity/apps/gr_on_triggers.py}. */
public final class GrOnTriggers {
    private GrOnTriggers() {}

    static String search(String query, Double limit) {
        List<String> terms = query.isBlank() ? List.of() : List.of(query.strip().split("\\s+"));
        return "searching " + terms.size() + " term(s), at most " + limit.intValue() + " results: " + String.join("+", terms);
    }

    public static Blocks app() {
        var query = Gr.textbox().label("query");
        var limit = Gr.number().label("limit").value(10.0).precision(0);
        var go = Button.of("Search");
        var found = Gr.textbox().label("search");
        Gr.on(List.of(go.onClick(), query.onSubmit()), GrOnTriggers::search, query, limit, found);
        return Blocks.of(query, limit, go, found);
    }

    public static void main(String[] args) {
        app().launch();
    }
}
