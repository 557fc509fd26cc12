"""Parity twin of gradio4j's parity.BlocksExamples: gr.Examples in Blocks that run their function (Gradio's calculator_blocks)."""
import gradio as gr


def translate(word):
    lower = word.strip().lower()
    if not lower:
        return ""
    if lower[0] in "aeiou":
        return lower + "way"
    for i, c in enumerate(lower):
        if c in "aeiou":
            return lower[i:] + lower[:i] + "ay"
    return lower + "ay"


with gr.Blocks() as demo:
    word = gr.Textbox(label="word")
    translated = gr.Textbox(label="pig latin")
    gr.Button("Translate").click(translate, word, translated)
    gr.Examples([["string"], ["apple"], ["rhythm"]], inputs=word, outputs=translated, fn=translate, run_on_click=True)

CALLS = [
    {"api": "/translate", "args": ["string"]},
    {"api": "/translate", "args": ["apple"]},
    {"api": "/translate", "args": ["rhythm"]},
]
