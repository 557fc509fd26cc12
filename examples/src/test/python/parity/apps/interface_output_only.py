"""Parity twin of gradio4j's parity.InterfaceOutputOnly: an Interface with no inputs (Gradio's output-only kind), around a generator, so its page has Clear, Generate and a hidden Stop under the output."""
import time

import gradio as gr


def countdown():
    for left in ["3", "2", "1"]:
        yield left
        time.sleep(0.2)
    yield "Liftoff!"


demo = gr.Interface(countdown, None, gr.Textbox(label="launch"), flagging_mode="manual")

CALLS = [
    {"api": "/countdown", "args": []},
]
