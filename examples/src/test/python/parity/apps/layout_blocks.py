"""Parity twin of gradio4j's parity.LayoutBlocks: Row, Column, Group and Accordion (Gradio's rows_and_columns, accordion)."""
import gradio as gr


def card(first, last, age, subscribed, member, notes):
    flags = [name for name, on in (("subscriber", subscribed), ("member", member)) if on]
    lines = [f"{first} {last}, {int(age)}", "flags: " + (", ".join(flags) or "none")]
    if notes:
        lines.append("notes: " + notes)
    return "\n".join(lines)


with gr.Blocks() as demo:
    with gr.Row():
        with gr.Column(scale=2):
            first = gr.Textbox(label="first name")
            last = gr.Textbox(label="last name")
        with gr.Column(scale=1):
            age = gr.Number(label="age", value=30, precision=0)
    with gr.Group():
        subscribed = gr.Checkbox(label="subscriber")
        member = gr.Checkbox(label="member")
    with gr.Accordion("More", open=False):
        notes = gr.Textbox(label="notes", lines=3)
    make = gr.Button("Make the card", variant="primary")
    result = gr.Textbox(label="card")
    make.click(card, [first, last, age, subscribed, member, notes], result)

CALLS = [
    {"api": "/card", "args": ["Ada", "Lovelace", 36, True, False, "wrote the first program"]},
    {"api": "/card", "args": ["Alan", "Turing", 41, False, False, ""]},
]
