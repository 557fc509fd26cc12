"""Parity twin of gradio4j's parity.ChatStreamingEcho: a ChatInterface that streams (Gradio's chatinterface_streaming_echo)."""
import gradio as gr


def spell(message, history):
    for end in range(1, len(message) + 1):
        yield "Spelling: " + message[:end]


demo = gr.ChatInterface(spell, description="Answers letter by letter.")

CALLS = [
    {"api": "/spell", "args": ["abc"]},
    {"api": "/spell", "args": ["stream me"]},
]
