"""Parity twin of gradio4j's parity.FileIo: a file in, a summary and a new file out (Gradio's file demos)."""
import os
import tempfile

import gradio as gr


def number_lines(document):
    with open(document, encoding="utf-8") as source:
        lines = source.read().splitlines()
    target = os.path.join(tempfile.mkdtemp(prefix="parity-lines"), "numbered_" + os.path.basename(document))
    with open(target, "w", encoding="utf-8") as out:
        for n, line in enumerate(lines, start=1):
            out.write(f"{n}: {line}\n")
    words = sum(len(line.split()) for line in lines)
    return f"{len(lines)} lines, {words} words", target


with gr.Blocks() as demo:
    document = gr.File(label="text file", file_types=[".txt"])
    go = gr.Button("Number the lines")
    summary = gr.Textbox(label="summary")
    numbered = gr.File(label="numbered file")
    go.click(number_lines, document, [summary, numbered])

CALLS = [
    {"api": "/number_lines", "args": [{"file": "poem.txt"}]},
]
