"""Calls the app at URL (the remote, or gradio4j's copy of it) with the official Python client and
prints what each endpoint answered, as one JSON object: `python call.py URL FILE IMAGE`.
LoadTest runs it against both and compares the two printouts."""
import json
import sys

from gradio_client import Client, handle_file
from PIL import Image

url, text_file, image_file = sys.argv[1:4]
client = Client(url, verbose=False)
answers = {
    "greet": client.predict("Ada", "?", True, api_name="/greet"),
    "greet_named": client.predict(name="Bo", api_name="/greet"),
    "add": client.predict(2, 5, api_name="/add"),
    "stream": client.predict("abc", api_name="/stream"),
    "pick": client.predict("green", ["S", "L"], 4, api_name="/pick"),
    "count": [client.predict(api_name="/count") for _ in range(2)],
}
with open(client.predict(handle_file(text_file), api_name="/upper_file"), encoding="utf-8") as f:
    answers["upper_file"] = f.read()
mirrored = Image.open(client.predict(handle_file(image_file), api_name="/mirror")).convert("RGB")
answers["mirror"] = [list(mirrored.getpixel((x, 0))) for x in range(mirrored.width)]
print(json.dumps(answers, sort_keys=True))
