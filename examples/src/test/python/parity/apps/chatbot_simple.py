"""Parity twin of gradio4j's parity.ChatbotSimple: a Blocks chat, Chatbot + Textbox + ClearButton (Gradio's chatbot_simple)."""
import gradio as gr


def reply(message, history):
    answer = f"That message has {len(message.split())} word(s); we have exchanged {len(history) // 2} before."
    history = history + [{"role": "user", "content": message}, {"role": "assistant", "content": answer}]
    return "", history


with gr.Blocks() as demo:
    conversation = gr.Chatbot(label="conversation")
    message = gr.Textbox(label="message", placeholder="write something")
    gr.ClearButton([message, conversation])
    message.submit(reply, [message, conversation], [message, conversation])

CALLS = [
    {"api": "/reply", "args": ["good morning to you", []]},
    {"api": "/reply", "args": ["again", [
        {"role": "user", "content": [{"type": "text", "text": "hi"}]},
        {"role": "assistant", "content": [{"type": "text", "text": "hello"}]},
    ]]},
]
