"""Parity twin of gradio4j's parity.ImageMirror: an image in, its mirror image out (Gradio's image_mod)."""
import gradio as gr
from PIL import ImageOps


def mirror(picture):
    return ImageOps.mirror(picture.convert("RGB"))


demo = gr.Interface(
    mirror,
    gr.Image(type="pil", label="picture", format="png"),
    gr.Image(type="pil", label="mirrored", format="png"),
    flagging_mode="never",
)

CALLS = [
    {"api": "/mirror", "args": [{"file": "arrow.png"}]},
]
