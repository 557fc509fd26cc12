"""Parity twin of gradio4j's parity.DatasetClick: a gr.Dataset whose click fills the inputs (Gradio's dataset demo)."""
import gradio as gr

RECIPES = [["pancakes", 4], ["omelette", 1], ["risotto", 3]]


def pick(index):
    dish, servings = RECIPES[index]
    return dish, servings


def plan(dish, servings):
    return f"Cook {dish} for {int(servings)}."


with gr.Blocks() as demo:
    dish = gr.Textbox(label="dish")
    servings = gr.Number(label="servings")
    recipes = gr.Dataset(components=[dish, servings], samples=RECIPES, type="index", label="recipes", headers=["dish", "servings"])
    summary = gr.Textbox(label="plan")
    recipes.click(pick, recipes, [dish, servings])
    gr.Button("Plan").click(plan, [dish, servings], summary)

CALLS = [
    {"api": "/pick", "args": [1]},
    {"api": "/pick", "args": [2]},
    {"api": "/plan", "args": ["soup", 6]},
]
