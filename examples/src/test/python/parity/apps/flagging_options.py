"""Parity twin of gradio4j's parity.FlaggingOptions: an Interface with manual flagging and two
flagging options, each a button that logs the inputs and outputs (Gradio's flagging guide)."""
import tempfile

import gradio as gr


def describe(words, picture):
    return f"{len(words or '')} characters" + (", with a picture" if picture else "")


demo = gr.Interface(
    describe,
    [gr.Textbox(label="words"), gr.Image(type="filepath", label="picture")],
    gr.Textbox(label="summary"),
    flagging_mode="manual",
    flagging_options=["incorrect", "other"],
    flagging_dir=tempfile.mkdtemp(prefix="parity-flags-"),
)

CALLS = [
    {"api": "/describe", "args": ["seven", {"file": "arrow.png"}]},
    {"api": "/Flag", "args": ["seven", {"file": "arrow.png"}, "7 characters, with a picture"]},
    {"api": "/Flag_1", "args": ["=1+2", None, ""]},
]
