"""Cached examples through the API, as Gradio's page uses them: /load_example answers an example's
stored outputs by its index, /load_example_input its values, and the preloaded example's two
page-load endpoints (/load_example_input_1, /load_example_output) take no argument; none runs the
function, which the app's /runs endpoint counts. Run on an app like twins/cached_examples.py."""
import time

EXAMPLES = 2


def runs(client):
    return client.predict(api_name="/runs")


def cached(client):
    """The client, once the examples are cached: each ran once, at start (Gradio caches them just after it serves)."""
    deadline = time.monotonic() + 60
    while runs(client) < EXAMPLES and time.monotonic() < deadline:
        time.sleep(0.2)
    assert runs(client) == EXAMPLES
    return client


def test_the_examples_endpoints_are_callable_but_left_out_of_the_api_description(connect):
    documented = connect().view_api(print_info=False, return_format="dict")["named_endpoints"]
    assert set(documented) == {"/shout", "/runs"}


def test_a_cached_example_answers_its_stored_output_without_running_the_function(connect):
    client = cached(connect())
    assert client.predict(1, api_name="/load_example") == "YO!"
    assert client.predict(0, api_name="/load_example") == "HI!"
    assert runs(client) == EXAMPLES


def test_the_fill_answers_the_examples_values(connect):
    client = cached(connect())
    assert client.predict(1, api_name="/load_example_input") == "yo"
    assert runs(client) == EXAMPLES


def test_the_preloaded_example_is_the_first_with_its_cached_output(connect):
    client = cached(connect())
    assert client.predict(api_name="/load_example_input_1") == "hi"
    assert client.predict(api_name="/load_example_output") == "HI!"
    assert runs(client) == EXAMPLES


def test_the_function_itself_still_runs_on_its_own_endpoint(connect):
    client = cached(connect())
    assert client.predict("hey", api_name="/shout") == "HEY!"
    assert runs(client) == EXAMPLES + 1
