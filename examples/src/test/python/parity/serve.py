"""Launches every twin of the parity corpus on the real Gradio, as its users do (apps/NAME.py
defines `demo`), each on a free port of its own, all in this one process; then prints one line,
"ready " and a JSON object from each app's name to its URL, and serves until it is stopped.
Run: python serve.py"""
import importlib
import json
import pathlib
import socket
import sys
import threading

HERE = pathlib.Path(__file__).parent


def app_names():
    return sorted(path.stem for path in (HERE / "apps").glob("*.py") if not path.stem.startswith("_"))


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def main():
    sys.path.insert(0, str(HERE))
    urls = {}
    for name in app_names():
        demo = importlib.import_module("apps." + name).demo
        port = free_port()
        demo.launch(server_name="127.0.0.1", server_port=port, prevent_thread_lock=True, quiet=True)
        urls[name] = f"http://127.0.0.1:{port}/"
    print("ready " + json.dumps(urls), flush=True)
    threading.Event().wait()


if __name__ == "__main__":
    main()
