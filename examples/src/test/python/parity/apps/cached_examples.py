"""Parity twin of gradio4j's parity.CachedExamples: an Interface whose examples are cached at start
(eager), shown by their labels, the first preloaded when the page opens."""
import gradio as gr


def repeat(word, times):
    return " ".join([word.strip()] * int(times))


demo = gr.Interface(
    repeat,
    [gr.Textbox(label="word"), gr.Number(label="times", precision=0)],
    gr.Textbox(label="repeated"),
    examples=[["echo", 3], ["hello", 1], ["ping", 2]],
    example_labels=["Three echoes", "One hello", "Two pings"],
    cache_examples=True,
    flagging_mode="never",
)

CALLS = [
    {"api": "/repeat", "args": ["la", 4]},
    {"api": "/load_example", "args": [2]},
    {"api": "/load_example", "args": [0]},
    {"api": "/load_example_input", "args": [1]},
    {"api": "/load_example_output", "args": []},
]
