"""Parity twin of gradio4j's parity.BlocksFlipper: tabs of text tools (Gradio's blocks_flipper, text only)."""
import gradio as gr


def reverse(text):
    return text[::-1]


def shout(text):
    return text.upper() + "!"


with gr.Blocks() as demo:
    gr.Markdown("Turn text around or make it loud.")
    with gr.Tabs():
        with gr.Tab("Reverse"):
            forward = gr.Textbox(label="forward")
            backward = gr.Textbox(label="backward")
            reverse_button = gr.Button("Reverse")
        with gr.Tab("Shout"):
            quiet = gr.Textbox(label="quiet")
            loud = gr.Textbox(label="loud")
            shout_button = gr.Button("Shout")
    reverse_button.click(reverse, forward, backward)
    shout_button.click(shout, quiet, loud)

CALLS = [
    {"api": "/reverse", "args": ["stressed"]},
    {"api": "/shout", "args": ["hello there"]},
]
