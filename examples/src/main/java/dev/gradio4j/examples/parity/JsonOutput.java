package dev.gradio4j.examples.parity;

import dev.gradio4j.Blocks;
import dev.gradio4j.FlaggingMode;
import dev.gradio4j.Gr;
import dev.gradio4j.Interface;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/** Modelled on Gradio's JSON output demos: a nested JSON value out; twin {@code parity/apps/json_output.py}. */
public final class JsonOutput {
    private JsonOutput() {}

    static Object profile(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        var letters = new TreeSet<String>();
        lower.codePoints().filter(Character::isLetter).forEach(c -> letters.add(Character.toString(c)));
        Map<String, Object> halves = new LinkedHashMap<>();
        halves.put("front", word.substring(0, word.length() / 2));
        halves.put("back", word.substring(word.length() / 2));
        Map<String, Object> profile = new LinkedHashMap<>();
        profile.put("word", word);
        profile.put("length", word.length());
        profile.put("vowels", lower.chars().filter(c -> "aeiou".indexOf(c) >= 0).count());
        profile.put("letters", letters.stream().toList());
        profile.put("palindrome", lower.equals(new StringBuilder(lower).reverse().toString()));
        profile.put("halves", halves);
        return profile;
    }

    public static Blocks app() {
        return Interface.of(JsonOutput::profile, Gr.textbox().label("word"), Gr.json().label("profile")).flaggingMode(FlaggingMode.NEVER).toBlocks();
    }

    public static void main(String[] args) {
        app().launch();
    }
}
