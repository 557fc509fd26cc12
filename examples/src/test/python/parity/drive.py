"""Makes each parity app's CALLS (apps/NAME.py) with the official Python client on both servers
and writes, as JSON, what each call gave on each: its result made comparable, or its error.
Run: python drive.py SERVERS REPORT; SERVERS is a JSON file {"NAME": {"gradio": URL, "gradio4j": URL}}."""
import hashlib
import importlib
import json
import math
import os
import pathlib
import sys

from gradio_client import Client, handle_file

HERE = pathlib.Path(__file__).parent
DATA = HERE / "data"
IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".webp", ".gif", ".bmp"}


def argument(value):
    if isinstance(value, dict) and set(value) == {"file"}:
        return handle_file(str(DATA / value["file"]))
    if isinstance(value, list):
        return [argument(item) for item in value]
    if isinstance(value, dict):
        return {key: argument(item) for key, item in value.items()}
    return value


def comparable(value):
    """A result as both servers should give it: a downloaded file by its content (an image by its
    pixels, whatever its encoding), numbers rounded, tuples as lists."""
    if isinstance(value, str) and os.path.isfile(value):
        path = pathlib.Path(value)
        if path.suffix.lower() in IMAGE_SUFFIXES:
            from PIL import Image
            with Image.open(path) as image:
                rgba = image.convert("RGBA")
                return {"image": list(rgba.size), "pixels_sha256": hashlib.sha256(rgba.tobytes()).hexdigest()}
        return {"file_sha256": hashlib.sha256(path.read_bytes()).hexdigest(), "suffix": path.suffix}
    if isinstance(value, float):
        return None if math.isnan(value) else round(value, 6)
    if isinstance(value, (list, tuple)):
        return [comparable(item) for item in value]
    if isinstance(value, dict):
        return {key: comparable(item) for key, item in value.items()}
    return value


def call(client, api, args):
    try:
        return {"result": comparable(client.predict(*[argument(a) for a in args], api_name=api))}
    except Exception as error:  # what the client raises is the result to compare
        return {"error": type(error).__name__, "message": str(error)}


def main():
    sys.path.insert(0, str(HERE))
    servers = json.loads(pathlib.Path(sys.argv[1]).read_text(encoding="utf-8"))
    report = {}
    for name, urls in servers.items():
        calls = importlib.import_module("apps." + name).CALLS
        clients = {side: Client(url, verbose=False) for side, url in urls.items()}
        report[name] = [
            {"api": c["api"], "args": c["args"], **{side: call(client, c["api"], c["args"]) for side, client in clients.items()}}
            for c in calls
        ]
    pathlib.Path(sys.argv[2]).write_text(json.dumps(report), encoding="utf-8")


if __name__ == "__main__":
    main()
