"""The official Python client against the echo chat (a ChatInterface): its endpoint is named after
the function, the answer streams step by step, and the session keeps the conversation."""

def test_the_endpoint_is_named_after_the_function_and_takes_the_message(connect):
    api = connect().view_api(print_info=False, return_format="dict")
    endpoint = api["named_endpoints"]["/respond"]
    assert [p["parameter_name"] for p in endpoint["parameters"]] == ["message"]


def test_the_answer_streams_and_each_step_is_seen_once(connect):
    job = connect().submit(message="hi", api_name="/respond")
    assert job.result() == "You said: hi (history 0)"
    steps = job.outputs()
    assert steps[-1] == "You said: hi (history 0)"
    assert len(steps) >= 3, steps
    for before, after in zip(steps, steps[1:]):
        assert after.startswith(before) and after != before, steps


def test_the_session_keeps_the_conversation_and_another_client_starts_its_own(connect):
    client = connect()
    assert client.predict(message="hi", api_name="/respond") == "You said: hi (history 0)"
    assert client.predict(message="again", api_name="/respond") == "You said: again (history 2)"
    assert connect().predict(message="new", api_name="/respond") == "You said: new (history 0)"
