"""The app ComposeTest puts in Parallel and Series with Gr.load, served by the real Gradio: `python remote.py PORT`.

Our own app: one text in, the text with its letter count out.
"""
import sys

import gradio as gr


def count(text):
    return f"{text} ({sum(c.isalpha() for c in text)} letters)"


demo = gr.Interface(count, gr.Textbox(label="text"), gr.Textbox(label="counted"), flagging_mode="never")

if __name__ == "__main__":
    demo.launch(server_name="127.0.0.1", server_port=int(sys.argv[1]))
