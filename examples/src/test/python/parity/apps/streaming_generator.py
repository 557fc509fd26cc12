"""Parity twin of gradio4j's parity.StreamingGenerator: a generator streaming into a Textbox (Gradio's fake_gan, without time)."""
import gradio as gr


def countdown(start):
    numbers = []
    for n in range(int(start), -1, -1):
        numbers.append(str(n))
        yield " ".join(numbers)
    yield " ".join(numbers) + " liftoff"


with gr.Blocks() as demo:
    start = gr.Number(label="start from", value=3, precision=0)
    go = gr.Button("Count down")
    shown = gr.Textbox(label="countdown")
    go.click(countdown, start, shown)

CALLS = [
    {"api": "/countdown", "args": [3]},
    {"api": "/countdown", "args": [0]},
]
