"""Twin of gradio4j's parity.FlaggingOptions for the flagging suite: manual flagging with two
options, into the folder given after the port. Run: python flagging.py PORT FOLDER"""
import sys

import gradio as gr


def describe(words, picture):
    return f"{len(words or '')} characters" + (", with a picture" if picture else "")


demo = gr.Interface(
    describe,
    [gr.Textbox(label="words"), gr.Image(type="filepath", label="picture")],
    gr.Textbox(label="summary"),
    flagging_mode="manual",
    flagging_options=["incorrect", "other"],
    flagging_dir=sys.argv[2],
)

if __name__ == "__main__":
    demo.launch(server_port=int(sys.argv[1]))
