"""Records what the real Gradio puts in /config for each component gradio4j has, as the fixtures
ComponentFixturesTest compares gradio4j's config with (src/test/resources/fixtures/components/).

Recorded with gradio 6.31.0 (the version pinned in examples/src/test/python/requirements.txt).
To re-record, from the repository's root, once the examples' build has made target/gradio-venv
(or with any environment holding that version):

    target/gradio-venv/bin/pip install --target target/recorder-extras itsdangerous==2.2.0  # gradio[oauth]: LoginButton
    PYTHONPATH=target/recorder-extras target/gradio-venv/bin/python \
        gradio4j-core/src/test/python/record_component_fixtures.py

then run ComponentFixturesTest and read its failures: a prop Gradio has added, renamed or dropped
shows as a difference, to fix in the component or to list in known-differences.json.

Each case below is a few lines of Gradio code run inside a `gr.Blocks()`; the app is launched on a
free port, its /config is read over HTTP and the app is closed again. A fixture keeps, for each
case, the code, every component of the app (its type, props, skip_api and API info) and every
dependency, and the layout. Components are named by type and rank instead of by id ("textbox", "textbox#1" for
the second textbox), dependencies by rank ("dep#0"), and the app itself is "app", so that the
Java side can match them whatever ids it gives. Gradio's "form" blocks (the wrappers it puts
around consecutive form components in the layout) are left out: they are not components, and
their children stand in the layout where they stood. So that
a fixture is the same on every machine, the server's URL is written ${root}, the gradio package's
folder ${gradio}, and a Python function's repr loses its address. `record_component_fixtures.py
textbox slider` records only those fixtures.

Gradio's mocked Hugging Face login (what a LoginButton gets outside a Space) asks the Hub who
is logged in; the recorder answers that itself, as the login routes play no part in /config.
"""
import json
import os
import re
import socket
import sys
import urllib.request
from pathlib import Path

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

import gradio as gr  # noqa: E402
import gradio.oauth  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "resources" / "fixtures" / "components"

# The recorder's stand-in for the Hub's answer to "who is logged in" (see the header).
gradio.oauth._get_mocked_oauth_info = lambda: {
    "access_token": "recorder", "token_type": "bearer", "expires_in": 3600, "expires_at": 0,
    "userinfo": {"preferred_username": "recorder", "name": "Recorder", "sub": "0"}}


def greet(name):
    return "Hello, " + name + "!"


def pick(index):
    return index


# component file name -> [(case name, Gradio code run inside gr.Blocks())]
CASES = {
    "textbox": [
        ("defaults", "gr.Textbox()"),
        ("configured", 'gr.Textbox(value="World", label="Name", info="Your name", placeholder="type here", lines=3,\n'
                       '           max_lines=5, max_length=40, show_label=False, interactive=True, autofocus=True,\n'
                       '           submit_btn="Send", scale=2, min_width=200, elem_id="name", elem_classes=["wide", "bold"])'),
        ("password", 'gr.Textbox(type="password")'),
        ("copy and stop buttons", 'gr.Textbox(buttons=["copy"], stop_btn=True, visible=False)'),
    ],
    "colorpicker": [
        ("defaults", "gr.ColorPicker()"),
        ("configured", 'gr.ColorPicker(value="#ff8800", label="Accent", info="The theme colour", interactive=True,\n'
                       '               elem_id="accent")'),
    ],
    "number": [
        ("defaults", "gr.Number()"),
        ("configured", 'gr.Number(value=42, label="Age", minimum=0, maximum=120, precision=0, step=2,\n'
                       '          placeholder="years", interactive=True)'),
    ],
    "slider": [
        ("defaults", "gr.Slider()"),
        ("configured", 'gr.Slider(0, 10, value=2.5, step=0.5, label="Level", info="How much")'),
        ("a range and nothing else", "gr.Slider(2, 8)"),
    ],
    "checkbox": [
        ("defaults", "gr.Checkbox()"),
        ("configured", 'gr.Checkbox(value=True, label="Agree", info="to the terms", interactive=False)'),
    ],
    "checkboxgroup": [
        ("choices only", 'gr.CheckboxGroup(["a", "b", "c"])'),
        ("configured", 'gr.CheckboxGroup(["a", "b", "c"], value=["b"], label="Letters", info="Pick any")'),
    ],
    "radio": [
        ("choices only", 'gr.Radio(["x", "y"])'),
        ("configured", 'gr.Radio(["x", "y"], value="y", label="Pick", visible=False)'),
    ],
    "dropdown": [
        ("single, choices only", 'gr.Dropdown(["red", "green"])'),
        ("single, configured", 'gr.Dropdown(["red", "green"], value="green", allow_custom_value=True, label="Colour")'),
        ("not filterable", 'gr.Dropdown(["red", "green"], value="red", filterable=False)'),
        ("multiselect", 'gr.Dropdown(["p", "q", "r"], multiselect=True, max_choices=2, label="Letters")'),
    ],
    "button": [
        ("defaults", "gr.Button()"),
        ("configured", 'gr.Button("Go", variant="primary", size="sm", link="https://example.com/", elem_id="go")'),
        ("a click wired to a function", 'name = gr.Textbox()\n'
                                        'gr.Button("Greet").click(greet, name, name)'),
    ],
    "clearbutton": [
        ("clears components in the browser", 'text = gr.Textbox()\n'
                                             'number = gr.Number()\n'
                                             'check = gr.Checkbox()\n'
                                             'gr.ClearButton([text, number, check])'),
        ("resets state on the server", 'text = gr.Textbox()\n'
                                       'state = gr.State(5)\n'
                                       'gr.ClearButton([text, state], variant="stop")'),
    ],
    "markdown": [
        ("defaults", "gr.Markdown()"),
        ("configured", 'gr.Markdown("# Title", rtl=True, sanitize_html=False)'),
        ("copy button", 'gr.Markdown("text", buttons=["copy"])'),
    ],
    "html": [
        ("defaults", "gr.HTML()"),
        ("a value", 'gr.HTML("<b>bold</b>", elem_id="bold")'),
    ],
    "json": [
        ("defaults", "gr.JSON()"),
        ("a value", 'gr.JSON(value={"k": [1, 2]}, label="Data")'),
    ],
    "label": [
        ("defaults", "gr.Label()"),
        ("configured", 'gr.Label(value={"cat": 0.25, "dog": 0.75}, num_top_classes=1, label="Pet", color="red")'),
    ],
    "highlightedtext": [
        ("defaults", "gr.HighlightedText()"),
        ("configured", 'gr.HighlightedText(value=[("The", None), ("fox", "noun"), ("ran", 0.5)], color_map={"noun": "red"},\n'
                       '                   show_legend=True, show_inline_category=False, combine_adjacent=True,\n'
                       '                   adjacent_separator=" ", label="Tags", rtl=True)'),
    ],
    "image": [
        ("a PIL image", 'gr.Image(type="pil")'),
        ("a file path, configured", 'gr.Image(type="filepath", sources=["upload"], height=100, width=200, label="Photo")'),
        ("no download button", 'gr.Image(type="filepath", buttons=["share", "fullscreen"])'),
    ],
    "multimodaltextbox": [
        ("defaults", "gr.MultimodalTextbox()"),
        ("configured", 'gr.MultimodalTextbox(file_types=["image", ".pdf"], file_count="multiple", placeholder="Ask",\n'
                       '                     lines=2, max_lines=4, submit_btn="Send", stop_btn=True, rtl=True,\n'
                       '                     autofocus=True, max_plain_text_length=500)'),
    ],
    "chatbot": [
        ("defaults", "gr.Chatbot()"),
        ("configured", 'gr.Chatbot(height=300, placeholder="Say hi", editable="user", autoscroll=False, sanitize_html=False,\n'
                       '           label="Chat")'),
        ("messages", 'gr.Chatbot(value=[{"role": "user", "content": "hi"}, {"role": "assistant", "content": "hello"}])'),
    ],
    "file": [
        ("single", "gr.File()"),
        ("multiple", 'gr.File(file_count="multiple")'),
        ("configured", 'gr.File(file_types=[".txt", "image"], height=120, label="Document")'),
    ],
    "state": [
        ("a value", "gr.State(5)"),
        ("a value kept for a time", "gr.State([], time_to_live=60)"),
        ("placed last, used by an event", 'number = gr.Number()\n'
                                          'button = gr.Button()\n'
                                          'state = gr.State(5)\n'
                                          'button.click(pick, state, number)'),
    ],
    "dataset": [
        ("samples", 'gr.Dataset(components=["textbox", "number"], samples=[["a", 1], ["b", 2]])'),
        ("configured", 'gr.Dataset(components=["textbox", "number"], samples=[["a", 1], ["b", 2]], type="index",\n'
                       '           label="Pick one", headers=["text", "n"], samples_per_page=5)'),
        ("a click wired to a function", 'number = gr.Number()\n'
                                        'data = gr.Dataset(components=["textbox"], samples=[["a"], ["b"]], type="index")\n'
                                        'data.click(pick, data, number)'),
    ],
    "loginbutton": [
        ("defaults", "gr.LoginButton()"),
        ("gradio4j's texts", 'gr.LoginButton("Log in", logout_value="Log out ({})", variant="secondary", icon=None)'),
    ],
    "row": [
        ("defaults", 'with gr.Row():\n'
                     '    gr.Button()'),
        ("configured", 'with gr.Row(variant="panel", equal_height=True, elem_id="top"):\n'
                       '    gr.Button()'),
    ],
    "column": [
        ("defaults", 'with gr.Column():\n'
                     '    gr.Button()'),
        ("configured", 'with gr.Row():\n'
                       '    with gr.Column(scale=2, min_width=200, variant="panel"):\n'
                       '        gr.Button()'),
    ],
    "group": [
        ("defaults", 'with gr.Group():\n'
                     '    gr.Button()'),
    ],
    "tabs": [
        ("two tabs", 'with gr.Tabs():\n'
                     '    with gr.Tab("A"):\n'
                     '        gr.Button()\n'
                     '    with gr.Tab("B"):\n'
                     '        gr.Button()'),
        ("configured", 'with gr.Tabs(selected="b"):\n'
                       '    with gr.Tab("A", id="a"):\n'
                       '        gr.Button()\n'
                       '    with gr.Tab("B", id="b", interactive=False):\n'
                       '        gr.Button()'),
    ],
    "accordion": [
        ("defaults", 'with gr.Accordion("More"):\n'
                     '    gr.Button()'),
        ("closed", 'with gr.Accordion("More", open=False):\n'
                   '    gr.Button()'),
    ],
}

COMPONENT_FIELDS = ("type", "props", "skip_api", "component_class_id", "key",
                    "api_info", "api_info_as_input", "api_info_as_output", "example_inputs")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def served_config(code):
    """Builds the app, launches it, reads /config over HTTP and closes it; returns it with the
    machine-specific strings replaced (see `portable`)."""
    with gr.Blocks() as demo:
        exec(code, {"gr": gr, "greet": greet, "pick": pick})
    port = free_port()
    demo.launch(server_name="127.0.0.1", server_port=port, prevent_thread_lock=True, quiet=True)
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/config", timeout=30) as response:
            return portable(json.load(response), f"http://127.0.0.1:{port}")
    finally:
        demo.close(verbose=False)


GRADIO_DIR = str(Path(gr.__file__).parent)
FUNCTION_REPR = re.compile(r"^<function (\S+) at 0x[0-9a-f]+>$")


def portable(value, root):
    """The server's URL becomes ${root}, the installed gradio package's folder ${gradio}, and a
    Python function's repr loses its address: the fixtures are the same on every machine."""
    if isinstance(value, dict):
        return {k: portable(v, root) for k, v in value.items()}
    if isinstance(value, list):
        return [portable(v, root) for v in value]
    if isinstance(value, str):
        value = FUNCTION_REPR.sub(r"<function \1>", value)
        return value.replace(root, "${root}").replace(GRADIO_DIR, "${gradio}")
    return value


def named(config):
    """The config's components and dependencies, named by type and rank instead of by id."""
    names = {config["layout"]["id"]: "app"}
    components = {}
    seen = {}
    for component in config["components"]:
        kind = component["type"]
        if kind == "form":
            continue
        rank = seen.get(kind, 0)
        seen[kind] = rank + 1
        name = kind if rank == 0 else f"{kind}#{rank}"
        names[component["id"]] = name
        components[name] = {field: component[field] for field in COMPONENT_FIELDS if field in component}
    for component in components.values():
        if "component_ids" in component["props"]:  # a Dataset's own, unrendered instances
            component["props"]["component_ids"] = [names.get(i, "(not in the app)") for i in component["props"]["component_ids"]]
    forms = {c["id"] for c in config["components"] if c["type"] == "form"}

    def layout(node):
        """A layout node as [name, children...] (a leaf as its name), forms spliced out."""
        children = []
        for child in node.get("children", []):
            children.extend(layout(child)[1:] if child["id"] in forms else [layout(child)])
        return [names.get(node["id"], f"?{node['id']}"), *children] if "children" in node else names.get(node["id"], f"?{node['id']}")

    dep_names = {d["id"]: f"dep#{i}" for i, d in enumerate(config["dependencies"])}

    def ref(block_id):
        return names.get(block_id, f"?{block_id}")

    dependencies = []
    for dependency in config["dependencies"]:
        entry = {k: v for k, v in dependency.items() if k != "id"}
        entry["targets"] = [[ref(t[0]), t[1]] for t in dependency["targets"]]
        entry["inputs"] = [ref(i) for i in dependency["inputs"]]
        entry["outputs"] = [ref(o) for o in dependency["outputs"]]
        entry["cancels"] = [dep_names.get(c, f"?{c}") for c in dependency["cancels"]]
        if dependency.get("trigger_after") is not None:
            entry["trigger_after"] = dep_names.get(dependency["trigger_after"], f"?{dependency['trigger_after']}")
        dependencies.append(entry)
    return components, dependencies, layout(config["layout"])


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    only = set(sys.argv[1:])
    for component, cases in CASES.items():
        if only and component not in only:
            continue
        recorded = []
        for name, code in cases:
            components, dependencies, layout = named(served_config(code))
            recorded.append({"case": name, "gradio": code.split("\n"),
                             "components": components, "dependencies": dependencies, "layout": layout})
        fixture = {"recorded_with": "gradio " + gr.__version__,
                   "recorder": "gradio4j-core/src/test/python/record_component_fixtures.py",
                   "cases": recorded}
        path = OUT / f"{component}.json"
        path.write_text(json.dumps(fixture, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"{path.name}: {len(recorded)} cases")


if __name__ == "__main__":
    main()
