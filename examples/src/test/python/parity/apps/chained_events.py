"""Parity twin of gradio4j's parity.ChainedEvents: then, success and failure (Gradio's chained_events)."""
import gradio as gr


def parse(number):
    try:
        return float(number) * 2
    except ValueError:
        raise gr.Error(f"'{number}' is not a number.")


def attempted():
    return "an attempt was made"


def doubled(value):
    return f"doubled to {int(value)}"


def refused():
    return "could not double that"


with gr.Blocks() as demo:
    number = gr.Textbox(label="number")
    go = gr.Button("Double")
    double = gr.Number(label="double")
    log = gr.Textbox(label="log")
    outcome = gr.Textbox(label="outcome")
    run = go.click(parse, number, double)
    run.then(attempted, None, log)
    run.success(doubled, double, outcome)
    run.failure(refused, None, outcome)

CALLS = [
    {"api": "/parse", "args": ["21"]},
    {"api": "/parse", "args": ["many"]},
    {"api": "/attempted", "args": []},
    {"api": "/doubled", "args": [8]},
    {"api": "/refused", "args": []},
]
