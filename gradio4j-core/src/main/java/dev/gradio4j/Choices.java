package dev.gradio4j;

import java.util.ArrayList;
import java.util.List;

/** Choice lists in Gradio's wire form: {@code [[label, value], ...]}. */
final class Choices {
    private Choices() {}

    static List<List<String>> payload(List<String> choices) {
        List<List<String>> pairs = new ArrayList<>(choices.size());
        for (String choice : choices) {
            pairs.add(List.of(choice, choice));
        }
        return pairs;
    }

    static String notAChoice(Object value, List<String> choices) {
        return "\"" + value + "\" is not one of the choices " + choices;
    }
}
