"""Parity twin of gradio4j's parity.SentenceBuilder: every choice component (Gradio's sentence_builder)."""
import gradio as gr


def compose(count, animal, places, activities, time, happy):
    where = " and ".join(places) if places else "nowhere"
    what = ", ".join(activities) if activities else "did nothing"
    mood = "happily" if happy else "quietly"
    return f"{int(count)} {animal} {mood} {what} in the {time}, in {where}."


demo = gr.Interface(
    fn=compose,
    inputs=[
        gr.Slider(1, 12, value=3, step=1, label="count", info="how many"),
        gr.Dropdown(["cats", "owls", "foxes"], value="owls", label="animal"),
        gr.Dropdown(["garden", "forest", "city"], value=["garden"], multiselect=True, label="places"),
        gr.CheckboxGroup(["sang", "danced", "slept"], label="activities"),
        gr.Radio(["morning", "evening"], value="evening", label="time"),
        gr.Checkbox(label="happy", info="in a good mood?"),
    ],
    outputs=gr.Textbox(label="sentence"),
    flagging_mode="never",
)

CALLS = [
    {"api": "/compose", "args": [4, "foxes", ["forest", "city"], ["sang", "slept"], "morning", True]},
    {"api": "/compose", "args": [1, "cats", [], [], "evening", False]},
]
