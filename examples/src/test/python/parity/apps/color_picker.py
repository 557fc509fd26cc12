"""Parity twin of gradio4j's parity.ColorPicker: a ColorPicker into HTML (Gradio's color_picker)."""
import gradio as gr


def complement(color):
    red, green, blue = (int(color[i : i + 2], 16) for i in (1, 3, 5))
    opposite = f"#{255 - red:02x}{255 - green:02x}{255 - blue:02x}"
    swatch = (
        f'<div style="display:flex;gap:8px"><span style="background:{color};padding:12px">{color}</span>'
        f'<span style="background:{opposite};padding:12px">{opposite}</span></div>'
    )
    return swatch, opposite


with gr.Blocks() as demo:
    base = gr.ColorPicker(value="#3366cc", label="base colour")
    swatch = gr.HTML(label="swatch")
    opposite = gr.Textbox(label="complement")
    gr.Button("Find the complement").click(complement, base, [swatch, opposite])

CALLS = [
    {"api": "/complement", "args": ["#3366cc"]},
    {"api": "/complement", "args": ["#000000"]},
]
