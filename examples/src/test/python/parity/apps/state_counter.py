"""Parity twin of gradio4j's parity.StateCounter: a per-session counter in gr.State (Gradio's state demos)."""
import gradio as gr


def increment(count):
    return count + 1, count + 1


def reset():
    return 0, 0


with gr.Blocks() as demo:
    count = gr.State(0)
    shown = gr.Number(label="clicks", value=0)
    with gr.Row():
        more = gr.Button("One more")
        zero = gr.Button("Start over")
    more.click(increment, count, [count, shown])
    zero.click(reset, None, [count, shown])

CALLS = [
    {"api": "/increment", "args": []},
    {"api": "/increment", "args": []},
    {"api": "/reset", "args": []},
    {"api": "/increment", "args": []},
]
