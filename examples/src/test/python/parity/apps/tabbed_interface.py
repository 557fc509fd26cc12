"""Parity twin of gradio4j's parity.TabbedTools: two interfaces in tabs (Gradio's tabbed_interface_lite)."""
import gradio as gr


def shout(text):
    return text.upper() + "!"


def mirror(text):
    return text[::-1]


demo = gr.TabbedInterface(
    [
        gr.Interface(shout, gr.Textbox(label="text"), gr.Textbox(label="shouted"), flagging_mode="never"),
        gr.Interface(mirror, gr.Textbox(label="text"), gr.Textbox(label="mirrored"), flagging_mode="never"),
    ],
    ["Shout", "Mirror"],
    title="Text tools",
)

CALLS = [
    {"api": "/shout", "args": ["hello"]},
    {"api": "/mirror", "args": ["stressed"]},
]
