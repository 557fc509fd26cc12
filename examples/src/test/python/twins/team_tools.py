"""The Python twin of examples' TeamTools, for the real Gradio: behind a login, a word count for
everyone and a usage report for the admin only. Run: python team_tools.py PORT."""
import sys

import gradio as gr

ADMIN = "admin"


def count_words(text, request: gr.Request):
    words = len(text.split())
    return f"{words} {'word' if words == 1 else 'words'}, counted for {request.username}."


def usage_report(request: gr.Request):
    if request.username != ADMIN:
        raise gr.Error("Only the admin may see the usage report.")
    return "Usage report: 2 users may log in (admin, guest)."


with gr.Blocks(title="Team tools") as demo:
    gr.Markdown("# Team tools")
    text = gr.Textbox(label="Text", lines=4)
    counted = gr.Textbox(label="Count")
    shown = gr.Textbox(label="Report")
    gr.Button("Count words").click(count_words, text, counted, api_name="count_words")
    gr.Button("Usage report").click(usage_report, None, shown, api_name="usage_report")

if __name__ == "__main__":
    demo.launch(server_port=int(sys.argv[1]), auth=[(ADMIN, "pass1234"), ("guest", "guest1234")],
                auth_message="Log in as admin / pass1234, or guest / guest1234.")
