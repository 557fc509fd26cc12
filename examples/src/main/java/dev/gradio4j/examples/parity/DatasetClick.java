package dev.gradio4j.examples.parity;

import dev.gradio4j.Blocks;
import dev.gradio4j.Button;
import dev.gradio4j.Dataset;
import dev.gradio4j.Gr;
import dev.gradio4j.Outputs;
import java.util.List;

/** Modelled on Gradio's dataset demos: a Dataset whose click fills the inputs; twin {@code parity/apps/dataset_click.py}. */
public final class DatasetClick {
    private DatasetClick() {}

    static final List<List<Object>> RECIPES = List.of(List.of("pancakes", 4), List.of("omelette", 1), List.of("risotto", 3));

    record Recipe(String dish, Double servings) {}

    static Recipe pick(Integer index) {
        List<Object> recipe = RECIPES.get(index);
        return new Recipe((String) recipe.get(0), ((Integer) recipe.get(1)).doubleValue());
    }

    static String plan(String dish, Double servings) {
        return "Cook " + dish + " for " + servings.intValue() + ".";
    }

    public static Blocks app() {
        var dish = Gr.textbox().label("dish");
        var servings = Gr.number().label("servings");
        var recipes = Dataset.of(List.of(dish, servings), RECIPES).label("recipes").headers("dish", "servings");
        var summary = Gr.textbox().label("plan");
        var planButton = Button.of("Plan");
        recipes.click(DatasetClick::pick, recipes, Outputs.of(dish, servings));
        planButton.click(DatasetClick::plan, dish, servings, summary);
        return Blocks.of(dish, servings, recipes, summary, planButton);
    }

    public static void main(String[] args) {
        app().launch();
    }
}
