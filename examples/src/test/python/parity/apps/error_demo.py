"""Parity twin of gradio4j's parity.ErrorDemo: gr.Error shown to the user (Gradio's error demos)."""
import gradio as gr


def check_age(age):
    if not age.strip().isdigit():
        raise gr.Error(f"'{age}' is not a whole number of years.")
    years = int(age)
    if years > 150:
        raise gr.Error("Nobody is that old.", title="Unlikely age")
    return f"In ten years you will be {years + 10}."


with gr.Blocks() as demo:
    age = gr.Textbox(label="age")
    go = gr.Button("Check")
    verdict = gr.Textbox(label="verdict")
    go.click(check_age, age, verdict)

CALLS = [
    {"api": "/check_age", "args": ["32"]},
    {"api": "/check_age", "args": ["thirty"]},
    {"api": "/check_age", "args": ["200"]},
]
