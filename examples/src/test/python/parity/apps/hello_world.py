"""Parity twin of gradio4j's parity.HelloWorld: one text in, one text out (Gradio's hello_world)."""
import gradio as gr


def greet(name):
    return f"Welcome aboard, {name}!"


demo = gr.Interface(fn=greet, inputs="text", outputs="text", flagging_mode="never")

CALLS = [
    {"api": "/greet", "args": ["Ada"]},
    {"api": "/greet", "args": [""]},
]
