"""The Python twin of examples' EchoChat, for the real Gradio: streams back what it was told, word
by word, and how long the conversation is. Run: python echo_chat.py PORT."""
import sys
import time

import gradio as gr


def respond(message, history):
    words = f"You said: {message} (history {len(history)})".split(" ")
    for n in range(1, len(words) + 1):
        time.sleep(0.06)
        yield " ".join(words[:n])


demo = gr.ChatInterface(respond, title="Echo chat", examples=["Hello there!", "How long is this conversation?"])

if __name__ == "__main__":
    demo.launch(server_port=int(sys.argv[1]))
