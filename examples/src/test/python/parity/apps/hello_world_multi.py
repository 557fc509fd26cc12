"""Parity twin of gradio4j's parity.HelloWorldMulti: several inputs and outputs (Gradio's hello_world_3)."""
import gradio as gr


def welcome(name, morning, temperature):
    part = "morning" if morning else "evening"
    greeting = f"Good {part}, {name}. It is {int(temperature)} degrees."
    return greeting, temperature * 9 / 5 + 32


demo = gr.Interface(
    fn=welcome,
    inputs=[
        gr.Textbox(label="name"),
        gr.Checkbox(label="morning"),
        gr.Slider(0, 40, step=1, value=20, label="temperature"),
    ],
    outputs=[gr.Textbox(label="greeting"), gr.Number(label="fahrenheit")],
    flagging_mode="never",
)

CALLS = [
    {"api": "/welcome", "args": ["Grace", True, 25]},
    {"api": "/welcome", "args": ["Linus", False, 0]},
]
