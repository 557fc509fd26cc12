"""Parity twin of gradio4j's parity.InterfaceStreaming: an Interface around a generator, so with a Stop button shown while it streams (Gradio's Interface for a generator function)."""
import time

import gradio as gr


def count(to):
    counted = []
    for n in range(1, int(to) + 1):
        time.sleep(0.2)
        counted.append(str(n))
        yield " ".join(counted)


demo = gr.Interface(count, gr.Number(label="to", value=3, precision=0), gr.Textbox(label="counted"))

CALLS = [
    {"api": "/count", "args": [3]},
    {"api": "/count", "args": [0]},
]
