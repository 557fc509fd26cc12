"""The Python twin of examples' Conformance app, for the real Gradio: the same endpoints, names,
inputs and outputs, so that one suite can check both servers. Run: python conformance.py PORT."""
import os
import sys
import tempfile
import time

import gradio as gr


def echo(text):
    return text


def add(a, b):
    return a + b


def stream(text):
    for end in range(1, len(text) + 1):
        yield text[:end]


def silent(text):
    return
    yield


def fail(text):
    raise gr.Error("bad input: " + text)


def upper_file(file):
    out = os.path.join(tempfile.mkdtemp(prefix="twin-upper"), "upper_" + os.path.basename(file))
    with open(file, encoding="utf-8") as source, open(out, "w", encoding="utf-8") as target:
        target.write(source.read().upper())
    return out


def counter(count):
    return count + 1, count + 1


def classify(text):
    vowels = sum(1 for c in text.lower() if c in "aeiou")
    positive = vowels / max(1, len(text))
    return {"positive": positive, "negative": 1 - positive}


def slow(seconds):
    time.sleep(seconds)
    return "done"


def progress(steps, progress=gr.Progress()):
    n = int(steps)
    for i in range(n):
        progress((i, n), desc=f"step {i + 1} of {n}")
        time.sleep(0.02)
    return "finished"


with gr.Blocks(title="gradio4j conformance") as demo:
    text = gr.Textbox(label="text")
    out = gr.Textbox(label="output")
    a = gr.Number(label="a")
    b = gr.Number(label="b")
    total = gr.Number(label="sum")
    file = gr.File(label="file")
    upper = gr.File(label="upper")
    count = gr.State(0)
    shown = gr.Number(label="count")
    label = gr.Label(label="sentiment")
    seconds = gr.Number(label="seconds")
    steps = gr.Number(label="steps")
    with gr.Row():
        gr.Button("echo").click(echo, text, out)
        gr.Button("add").click(add, [a, b], total)
        gr.Button("stream").click(stream, text, out)
        gr.Button("fail").click(fail, text, out)
        gr.Button("upper").click(upper_file, file, upper, api_name="upper_file")
        gr.Button("count").click(counter, count, [count, shown])
        gr.Button("classify").click(classify, text, label)
        gr.Button("slow").click(slow, seconds, out, concurrency_limit=1)
        gr.Button("progress").click(progress, steps, out)
        gr.Button("silent").click(silent, text, out)

if __name__ == "__main__":
    demo.queue(default_concurrency_limit=None).launch(server_port=int(sys.argv[1]))
