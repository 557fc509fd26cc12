"""Records what the real Gradio serves for each built-in theme, as the fixtures ThemeFixturesTest
compares gradio4j's themes with (src/test/resources/fixtures/themes/).

Recorded with gradio 6.31.0 (the version pinned in examples/src/test/python/requirements.txt).
To re-record, from the repository's root, once the examples' build has made target/gradio-venv:

    target/gradio-venv/bin/python gradio4j-core/src/test/python/record_theme_fixtures.py

Each case launches a one-textbox app with the theme on a free port and keeps, over HTTP, the
body of GET /theme.css and the theme fields of /config (theme, theme_hash, body_css,
stylesheets). The cases with overrides show how `.set(..)` changes the CSS, light and dark.
"""
import json
import pathlib
import sys
import urllib.request

import gradio as gr

OUT = pathlib.Path(__file__).resolve().parents[1] / "resources" / "fixtures" / "themes"

CASES = {
    "base": lambda: gr.themes.Base(),
    "default": lambda: gr.themes.Default(),
    "origin": lambda: gr.themes.Origin(),
    "citrus": lambda: gr.themes.Citrus(),
    "monochrome": lambda: gr.themes.Monochrome(),
    "soft": lambda: gr.themes.Soft(),
    "glass": lambda: gr.themes.Glass(),
    "ocean": lambda: gr.themes.Ocean(),
    "soft-green-sm": lambda: gr.themes.Soft(primary_hue="green", neutral_hue="slate", radius_size="sm",
                                             text_size="lg", spacing_size="sm"),
    "default-set": lambda: gr.themes.Default().set(button_primary_background_fill="#ff0000",
                                                    button_primary_background_fill_dark="*neutral_700",
                                                    body_background_fill="*primary_50"),
    # Google fonts: Gradio serves one from its own files when it has every weight asked for.
    "google-fonts": lambda: gr.themes.Default(
        font=[gr.themes.GoogleFont("Quicksand", [400, 700]), gr.themes.GoogleFont("Lexend"), "sans-serif"],
        font_mono=[gr.themes.GoogleFont("Inconsolata"), "monospace"]),
}


def record(name, make):
    with gr.Blocks() as demo:
        gr.Textbox()
    _, url, _ = demo.launch(theme=make(), prevent_thread_lock=True, quiet=True)
    try:
        with urllib.request.urlopen(url + "theme.css") as response:
            css = response.read().decode("utf-8")
            content_type = response.headers["content-type"]
        with urllib.request.urlopen(url + "config") as response:
            config = json.load(response)
    finally:
        demo.close()
    fixture = {
        "content_type": content_type,
        "config": {key: config.get(key) for key in ("theme", "theme_hash", "body_css", "stylesheets")},
        "css": css,
    }
    (OUT / f"{name}.json").write_text(json.dumps(fixture, indent=1) + "\n", encoding="utf-8")
    print("recorded", name)


if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    for name in sys.argv[1:] or CASES:
        record(name, CASES[name])
