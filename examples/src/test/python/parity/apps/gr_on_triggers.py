"""Parity twin of gradio4j's parity.GrOnTriggers: one handler on several triggers with gr.on (Gradio's on_listener_basic)."""
import gradio as gr


def search(query, limit):
    terms = query.split()
    return f"searching {len(terms)} term(s), at most {int(limit)} results: " + "+".join(terms)


with gr.Blocks() as demo:
    query = gr.Textbox(label="query")
    limit = gr.Number(label="limit", value=10, precision=0)
    go = gr.Button("Search")
    found = gr.Textbox(label="search")
    gr.on(triggers=[go.click, query.submit], fn=search, inputs=[query, limit], outputs=found)

CALLS = [
    {"api": "/search", "args": ["red apples", 5]},
    {"api": "/search", "args": ["", 10]},
]
