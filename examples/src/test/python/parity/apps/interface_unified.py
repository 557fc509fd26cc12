"""Parity twin of gradio4j's parity.InterfaceUnified: an Interface whose one Textbox is both its input and its output (Gradio's unified kind): one column, its buttons under the box, the box flagged once."""
import gradio as gr


def tidy(text):
    return " ".join(text.split()).capitalize()


box = gr.Textbox(label="text")
demo = gr.Interface(tidy, box, box, clear_btn="Start over", flagging_mode="manual")

CALLS = [
    {"api": "/tidy", "args": ["  hello    WORLD  "]},
    {"api": "/tidy", "args": [""]},
]
