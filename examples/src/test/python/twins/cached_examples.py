"""Twin of the cached-examples app in OfficialPythonClientTest, for test_cached_examples.py: Blocks
with examples cached at start (eager), a function that counts its runs and an endpoint that says
how many. Run: python cached_examples.py PORT CACHE_FOLDER"""
import os
import sys

if __name__ == "__main__":
    # A fresh folder: each start caches the examples again. Examples read it when they are made.
    os.environ["GRADIO_EXAMPLES_CACHE"] = sys.argv[2]

import gradio as gr  # noqa: E402 - after the cache folder is chosen

RUNS = 0


def shout(text):
    global RUNS
    RUNS += 1
    return text.upper() + "!"


def runs():
    return RUNS


with gr.Blocks() as demo:
    text = gr.Textbox(label="text")
    loud = gr.Textbox(label="loud")
    gr.Button("Shout").click(shout, text, loud)
    count = gr.Number(label="runs", precision=0)
    gr.Button("Runs").click(runs, None, count)
    gr.Examples([["hi"], ["yo"]], text, loud, shout, cache_examples=True)

if __name__ == "__main__":
    demo.launch(server_port=int(sys.argv[1]))
