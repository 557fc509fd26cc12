"""The app LoadTest loads with Gr.load, served by the real Gradio: `python remote.py PORT`.

Our own app (not one of Gradio's demos): text, numbers, choices, a stream, files, an image, per-
session state, layouts, examples that run when clicked, a file as an initial value, an unload
event that an endpoint counts (so that a test sees a session end), and one component gradio4j
does not have yet (gr.Code), so that the loaded copy has something to report.
"""
import os
import sys
import tempfile
import time

import gradio as gr


def greet(name, punctuation, shout):
    text = f"Hello, {name}{punctuation}"
    return text.upper() if shout else text


def add(a, b):
    return a + b


def stream(text):
    for i in range(1, len(text) + 1):
        time.sleep(0.05)
        yield text[:i]


def upper_file(path):
    with open(path, encoding="utf-8") as f:
        content = f.read().upper()
    out = path + ".upper.txt"
    with open(out, "w", encoding="utf-8") as f:
        f.write(content)
    return out


def mirror(image):
    return image[:, ::-1] if image is not None else None


def count(n):
    n = (n or 0) + 1
    return n, f"called {n} times"


def as_code(text):
    return f"print({text!r})"


unloads = 0


def count_unload():
    global unloads
    unloads += 1


def count_unloads():
    return unloads


README = os.path.join(tempfile.mkdtemp(), "readme.txt")
with open(README, "w", encoding="utf-8") as f:
    f.write("read me")


def pick(colour, sizes, size):
    return {"colour": colour, "sizes": sizes, "size": size}


with gr.Blocks(title="Remote") as demo:
    gr.Markdown("# A remote app")
    with gr.Tabs():
        with gr.Tab("Text"):
            with gr.Row():
                name = gr.Textbox(label="name", placeholder="Your name")
                punctuation = gr.Radio(["!", "?", "."], value="!", label="punctuation")
                shout = gr.Checkbox(label="shout")
            greeting = gr.Textbox(label="greeting")
            gr.Button("Greet", variant="primary").click(greet, [name, punctuation, shout], greeting, api_name="greet")
            gr.Examples([["Ada", "?", True], ["Bo", ".", False]], [name, punctuation, shout], greeting, fn=greet,
                        run_on_click=True)
            with gr.Accordion("Stream", open=False):
                text = gr.Textbox(label="text")
                streamed = gr.Textbox(label="streamed")
                gr.Button("Stream").click(stream, text, streamed, api_name="stream")
        with gr.Tab("Numbers"):
            with gr.Group():
                a = gr.Number(label="a", value=1)
                b = gr.Slider(0, 10, value=2, step=1, label="b")
            total = gr.Number(label="total")
            gr.Button("Add").click(add, [a, b], total, api_name="add")
            state = gr.State(0)
            calls = gr.Textbox(label="calls")
            gr.Button("Count").click(count, state, [state, calls], api_name="count")
        with gr.Tab("Files"):
            file = gr.File(label="file")
            upper = gr.File(label="upper")
            gr.File(value=README, label="readme")
            gr.Button("Upper").click(upper_file, file, upper, api_name="upper_file")
            image = gr.Image(label="image", type="numpy")
            mirrored = gr.Image(label="mirrored", format="png")
            gr.Button("Mirror").click(mirror, image, mirrored, api_name="mirror")
        with gr.Tab("Other"):
            colour = gr.Dropdown(["red", "green", "blue"], value="red", label="colour")
            sizes = gr.CheckboxGroup(["S", "M", "L"], label="sizes")
            size = gr.Slider(1, 5, value=3, step=1, label="size")
            picked = gr.JSON(label="picked")
            gr.Button("Pick").click(pick, [colour, sizes, size], picked, api_name="pick")
            source = gr.Textbox(label="source")
            code = gr.Code(label="code", language="python")
            gr.Button("Code").click(as_code, source, code, api_name="as_code")
            unloaded = gr.Number(label="unloads")
            gr.Button("Unloads").click(count_unloads, None, unloaded, api_name="unloads")
    demo.unload(count_unload)

if __name__ == "__main__":
    demo.queue().launch(server_name="127.0.0.1", server_port=int(sys.argv[1]))
