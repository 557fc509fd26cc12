"""Parity twin of gradio4j's parity.InterfaceLive: a live interface with an additional input (Gradio's interface_live and additional inputs)."""
import gradio as gr


def repeat(word, times):
    return " ".join([word] * int(times))


demo = gr.Interface(
    repeat,
    gr.Textbox(label="word"),
    gr.Textbox(label="repeated"),
    additional_inputs=[gr.Slider(1, 5, step=1, value=2, label="times")],
    live=True,
    flagging_mode="never",
)

CALLS = [
    {"api": "/repeat", "args": ["echo", 3]},
    {"api": "/repeat", "args": ["hi", 1]},
]
