"""The official Python client against Interpret buttons (InterpretationTest starts the apps):
TEXT_URL classifies a review as positive when it says "great" (a little less when it also says
"not"), with occlusion; SHAPLEY_URL is
the same with a Shapley estimate; IMAGE_URL tells light images from dark ones. Interpretation is
gradio4j's own (Gradio dropped it in 4.0), so there is no twin on the real Gradio."""
import os

from gradio_client import Client, handle_file
from PIL import Image

TEXT_URL = os.environ["TEXT_URL"]
SHAPLEY_URL = os.environ["SHAPLEY_URL"]
IMAGE_URL = os.environ["IMAGE_URL"]


def scores(spans):
    return {span["token"]: span["class_or_confidence"] for span in spans if span["token"].strip()}


def test_occlusion_highlights_the_word_the_class_depends_on():
    client = Client(TEXT_URL, verbose=False)
    assert client.predict("the movie was great", api_name="/review")["label"] == "positive"
    spans = client.predict("the movie was great", api_name="/interpret")
    assert "".join(span["token"] for span in spans) == "the movie was great"
    assert scores(spans) == {"the": 0, "movie": 0, "was": 0, "great": 1}
    client.close()


def test_a_word_that_lowers_the_top_class_is_negative():
    client = Client(TEXT_URL, verbose=False)
    # "not" takes some of the positive confidence away: leaving it out raises it, so "not" scores below zero.
    found = scores(client.predict("the movie was not great", api_name="/interpret"))
    assert found["great"] == 1 and found["the"] == 0
    assert -0.2 < found["not"] < -0.1
    client.close()


def test_shapley_shares_the_credit_and_sees_the_same_word():
    client = Client(SHAPLEY_URL, verbose=False)
    assert scores(client.predict("the movie was great", api_name="/interpret")) == {"the": 0, "movie": 0, "was": 0, "great": 1}
    client.close()


def test_an_image_is_tinted_red_where_it_raises_the_class_and_blue_where_it_lowers_it(tmp_path):
    image = Image.new("RGB", (64, 64), "white")
    image.paste((0, 0, 0), (48, 0, 64, 64))   # a black strip on the right: the image is "light" all the same
    path = tmp_path / "light.png"
    image.save(path)
    client = Client(IMAGE_URL, verbose=False)
    assert client.predict(handle_file(str(path)), api_name="/classify")["label"] == "light"
    shown = Image.open(client.predict(handle_file(str(path)), api_name="/interpret")).convert("RGB")
    assert shown.size == (64, 64)
    red, _, blue = shown.getpixel((4, 4))          # white: leaving it out darkens the image
    assert red > blue + 20
    red, _, blue = shown.getpixel((60, 4))         # black: leaving it out lightens the image
    assert blue > red + 40
    client.close()
