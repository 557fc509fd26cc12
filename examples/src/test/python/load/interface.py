"""An Interface (not Blocks) for LoadTest to load, on Gradio 6 or Gradio 4: `python interface.py PORT`.

Our own app: a text and a slider in, a text out, with examples; Gradio builds the page (the
Submit and Clear buttons, the examples) itself, as it does for every Interface.
"""
import sys

import gradio as gr


def repeat(word, times):
    return " ".join([word] * int(times))


demo = gr.Interface(
    repeat,
    [gr.Textbox(label="word"), gr.Slider(1, 5, value=2, step=1, label="times")],
    gr.Textbox(label="repeated"),
    examples=[["ab", 3], ["cd", 1]],
    title="Repeater",
)

if __name__ == "__main__":
    demo.queue().launch(server_name="127.0.0.1", server_port=int(sys.argv[1]))
