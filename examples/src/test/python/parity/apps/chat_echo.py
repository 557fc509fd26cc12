"""Parity twin of gradio4j's parity.ChatEcho: the smallest ChatInterface (Gradio's chatinterface_echo)."""
import gradio as gr


def echo(message, history):
    return f"Echo {len(history) // 2 + 1}: {message}"


demo = gr.ChatInterface(echo, title="Echo chamber", examples=["ping", "is anyone there?"])

CALLS = [
    {"api": "/echo", "args": ["ping"]},
    {"api": "/echo", "args": ["pong"]},
]
