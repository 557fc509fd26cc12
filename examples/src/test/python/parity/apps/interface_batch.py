"""Parity twin of gradio4j's parity.InterfaceBatch: a function that runs on batches (Gradio's batch demo)."""
import gradio as gr


def measure(texts):
    return [[len(text) for text in texts]]


demo = gr.Interface(
    measure,
    gr.Textbox(label="text"),
    gr.Number(label="length"),
    batch=True,
    max_batch_size=4,
    flagging_mode="never",
)

CALLS = [
    {"api": "/measure", "args": ["four"]},
    {"api": "/measure", "args": ["seventeen letters"]},
]
