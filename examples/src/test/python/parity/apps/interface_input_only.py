"""Parity twin of gradio4j's parity.InterfaceInputOnly: an Interface with no outputs (Gradio's input-only kind): a function that keeps what it is given and returns nothing; no output column, nothing to flag."""
import gradio as gr

saved = []


def save(note):
    if not note.strip():
        raise gr.Error("Nothing to save")
    saved.append(note)
    gr.Info(f"Saved: {note}")


demo = gr.Interface(save, gr.Textbox(label="note"), None, submit_btn="Save", flagging_mode="manual")

CALLS = [
    {"api": "/save", "args": ["buy milk"]},
    {"api": "/save", "args": ["   "]},
]
