"""The Python twin of bench's BenchApp, for the real Gradio: /echo and /stream (each growing
prefix of the text), default queue (concurrency limit 1). Run: python bench_app.py PORT."""
import sys

import gradio as gr


def echo(text):
    return text


def stream(text):
    for end in range(1, len(text) + 1):
        yield text[:end]


with gr.Blocks(title="gradio4j bench") as demo:
    text = gr.Textbox(label="text")
    out = gr.Textbox(label="output")
    gr.Button("echo").click(echo, text, out)
    gr.Button("stream").click(stream, text, out)

if __name__ == "__main__":
    demo.launch(server_port=int(sys.argv[1]))
