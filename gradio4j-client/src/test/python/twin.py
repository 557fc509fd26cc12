"""The app the Java client's tests call on the real Gradio: the twin of ClientTestApp.java (the
same endpoints, names, inputs and outputs), written to run on Gradio 6 and on Gradio 4. It serves
the app twice: open on PORT, and behind a login (admin / pass1234) on LOGIN_PORT.

Run: python twin.py PORT LOGIN_PORT"""
import os
import sys
import tempfile
import time

import gradio as gr

GRADIO_4 = gr.__version__.startswith("4.")


def greet(name, punctuation):
    return "Hello, " + name + punctuation


def add(a, b):
    return a + b


def stream(text):
    for end in range(1, len(text) + 1):
        time.sleep(0.05)
        yield text[:end]


def fail(text):
    raise gr.Error("bad input: " + text)


def upper_file(file):
    out = os.path.join(tempfile.mkdtemp(prefix="twin-upper"), "upper_" + os.path.basename(file))
    with open(file, encoding="utf-8") as source, open(out, "w", encoding="utf-8") as target:
        target.write(source.read().upper())
    return out


def count(total):
    return total + 1, total + 1


def progress(steps, progress=gr.Progress()):
    n = int(steps)
    gr.Info(f"counting to {n}")
    for i in range(n):
        progress((i, n), desc=f"step {i + 1} of {n}")
        time.sleep(0.25)
    return "finished"


def slow(seconds):
    time.sleep(seconds)
    return "done"


def reverse(text):
    return text[::-1]


def shout(texts):
    # a batch function: a list per input in, a list per output out; it tells the batch's size
    time.sleep(0.5)
    return [[text.upper() for text in texts], [len(texts)] * len(texts)]


def hidden(text):
    return "hidden " + text


def secret(text):
    return "secret " + text


def app():
    with gr.Blocks(title="gradio4j client twin") as demo:
        name = gr.Textbox(label="name")
        punctuation = gr.Textbox("!", label="punctuation")
        greeting = gr.Textbox(label="greeting")
        a = gr.Number(label="a")
        b = gr.Number(label="b")
        total = gr.Number(label="sum")
        text = gr.Textbox(label="text")
        out = gr.Textbox(label="output")
        file = gr.File(label="file")
        upper = gr.File(label="upper")
        state = gr.State(0)
        shown = gr.Number(label="count")
        steps = gr.Number(label="steps")
        seconds = gr.Number(label="seconds")
        loud = gr.Textbox(label="loud")
        size = gr.Number(label="batch size")
        gr.Button("greet").click(greet, [name, punctuation], greeting)
        gr.Button("add").click(add, [a, b], total)
        gr.Button("stream").click(stream, text, out)
        gr.Button("fail").click(fail, text, out)
        gr.Button("upper").click(upper_file, file, upper, api_name="upper_file")
        gr.Button("count").click(count, state, [state, shown])
        gr.Button("progress").click(progress, steps, out)
        gr.Button("slow").click(slow, seconds, out, concurrency_limit=1)
        gr.Button("reverse").click(reverse, text, out, queue=False)
        gr.Button("shout").click(shout, text, [loud, size], batch=True, max_batch_size=4, concurrency_limit=1)
        # left out of the API's docs, and kept from API clients: Gradio 4 and 6 say it differently
        if GRADIO_4:
            gr.Button("hidden").click(hidden, text, out, show_api=False)
            gr.Button("secret").click(secret, text, out, api_name=False)
        else:
            gr.Button("hidden").click(hidden, text, out, api_visibility="undocumented")
            gr.Button("secret").click(secret, text, out, api_visibility="private")
    return demo


if __name__ == "__main__":
    port, login_port = int(sys.argv[1]), int(sys.argv[2])
    app().queue(default_concurrency_limit=None).launch(server_port=port, prevent_thread_lock=True)
    app().queue(default_concurrency_limit=None).launch(
        server_port=login_port, auth=("admin", "pass1234"), prevent_thread_lock=True)
    print("twin ready", flush=True)
    while True:
        time.sleep(3600)
