"""Parity twin of gradio4j's parity.Calculator: an Interface with a radio and examples (Gradio's calculator)."""
import gradio as gr


def calculate(first, operation, second):
    if operation == "add":
        return first + second
    if operation == "subtract":
        return first - second
    if operation == "multiply":
        return first * second
    if second == 0:
        raise gr.Error("The second number must not be zero when dividing.")
    return first / second


demo = gr.Interface(
    fn=calculate,
    inputs=[
        gr.Number(label="first"),
        gr.Radio(["add", "subtract", "multiply", "divide"], label="operation"),
        gr.Number(label="second"),
    ],
    outputs=gr.Number(label="result"),
    examples=[[6, "add", 7], [9, "divide", 4], [3, "multiply", 5]],
    title="Pocket arithmetic",
    description="Pick two numbers and what to do with them.",
    flagging_mode="never",
)

CALLS = [
    {"api": "/calculate", "args": [6, "add", 7]},
    {"api": "/calculate", "args": [9, "divide", 4]},
    {"api": "/calculate", "args": [2, "subtract", 10]},
    {"api": "/calculate", "args": [1, "divide", 0]},
]
