"""Parity twin of gradio4j's parity.UpdateProps: gr.update of visibility, label and choices (Gradio's blocks_update)."""
import gradio as gr


def switch(kind):
    if kind == "short":
        return gr.update(visible=True, lines=1, label="short answer"), gr.update(visible=False), "Keep it brief."
    if kind == "long":
        return gr.update(visible=True, lines=6, label="long answer"), gr.update(visible=False), "Take your time."
    return gr.update(visible=False), gr.update(visible=True, choices=["yes", "no", "maybe"]), "Pick one."


with gr.Blocks() as demo:
    kind = gr.Radio(["short", "long", "choice"], label="kind of answer")
    answer = gr.Textbox(label="answer", visible=False)
    options = gr.Dropdown(["yes", "no"], label="options", visible=False)
    hint = gr.Markdown("Choose a kind of answer.")
    kind.change(switch, kind, [answer, options, hint])

CALLS = [
    {"api": "/switch", "args": ["short"]},
    {"api": "/switch", "args": ["long"]},
    {"api": "/switch", "args": ["choice"]},
]
