"""Parity twin of gradio4j's parity.ProgressDemo: gr.Progress reported by a handler (Gradio's progress_simple)."""
import gradio as gr


def process(steps, progress=gr.Progress()):
    n = int(steps)
    total = 0
    for i in range(n):
        progress((i, n), desc=f"stage {i + 1}")
        total += i + 1
    return f"{n} stages, checksum {total}"


with gr.Blocks() as demo:
    steps = gr.Slider(1, 10, value=4, step=1, label="stages")
    go = gr.Button("Process")
    report = gr.Textbox(label="report")
    go.click(process, steps, report)

CALLS = [
    {"api": "/process", "args": [4]},
    {"api": "/process", "args": [1]},
]
