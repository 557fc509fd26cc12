"""Parity twin of gradio4j's parity.ChatMultimodal: a ChatInterface taking files (Gradio's chatinterface_multimodal)."""
import os

import gradio as gr


def inspect(message, history):
    files = message.get("files") or []
    names = ", ".join(os.path.basename(f) for f in files) or "no files"
    return f"{len(files)} attachment(s) ({names}) with the note: {message.get('text', '')}"


demo = gr.ChatInterface(
    inspect,
    multimodal=True,
    textbox=gr.MultimodalTextbox(file_types=["image", ".txt"]),
    title="Attachment counter",
)

CALLS = [
    {"api": "/inspect", "args": [{"text": "just words", "files": []}]},
    {"api": "/inspect", "args": [{"text": "a picture", "files": [{"file": "arrow.png"}]}]},
]
