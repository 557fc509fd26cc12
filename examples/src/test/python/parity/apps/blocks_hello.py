"""Parity twin of gradio4j's parity.BlocksHello: a change event into Markdown (Gradio's blocks_hello)."""
import gradio as gr


def hello(name):
    return f"**Nice to meet you, {name}!**" if name else "*Type your name above.*"


with gr.Blocks() as demo:
    gr.Markdown("# Say hello\nType a name and watch the greeting follow.")
    name = gr.Textbox(label="name", placeholder="your name")
    greeting = gr.Markdown()
    name.change(hello, name, greeting)

CALLS = [
    {"api": "/hello", "args": ["Marie"]},
    {"api": "/hello", "args": [""]},
]
