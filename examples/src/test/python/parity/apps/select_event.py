"""Parity twin of gradio4j's parity.SelectEvent: select events with gr.SelectData (Gradio's select demos).

An API client sends no event data, so both endpoints fail when called through it (on Gradio the
handler cannot be given a SelectData); the calls check that both servers fail alike."""
import gradio as gr


def picked(choice, evt: gr.SelectData):
    return f"selected {evt.value} at {evt.index}"


def toggled(ticked, evt: gr.SelectData):
    state = "ticked" if evt.selected else "unticked"
    return f"{evt.value} {state}, {len(ticked)} ticked in all"


with gr.Blocks() as demo:
    fruit = gr.Radio(["apple", "pear", "plum"], label="fruit")
    extras = gr.CheckboxGroup(["cream", "honey", "nuts"], label="extras")
    log = gr.Textbox(label="last selection")
    fruit.select(picked, fruit, log)
    extras.select(toggled, extras, log)

CALLS = [
    {"api": "/picked", "args": ["pear"]},
    {"api": "/toggled", "args": [["cream", "nuts"]]},
]
