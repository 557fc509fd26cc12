"""The official Python client against the conformance app, as a Gradio user's script would use it:
every endpoint, files, state, the queue, progress, cancel, errors and refused arguments."""
import concurrent.futures
import os
import threading
import time

import pytest
from gradio_client import handle_file
from gradio_client.exceptions import AppError
from gradio_client.utils import Status

from conftest import ON_GRADIO4J

ENDPOINTS = ["/echo", "/add", "/stream", "/fail", "/upper_file", "/counter", "/classify", "/slow", "/progress", "/silent"]


def test_view_api_lists_every_public_endpoint_with_its_parameters(connect):
    api = connect().view_api(print_info=False, return_format="dict")
    assert set(ENDPOINTS) <= set(api["named_endpoints"])
    assert [p["parameter_name"] for p in api["named_endpoints"]["/add"]["parameters"]] == ["a", "b"]
    assert api["named_endpoints"]["/counter"]["parameters"] == [], "state is not an API parameter"


def test_predict_echoes_any_unicode_text_up_to_1_mb(connect):
    client = connect()
    text = "héllo wörld — 你好 👋🏽"
    assert client.predict(text, api_name="/echo") == text
    big = "x" * (1024 * 1024)
    assert client.predict(text=big, api_name="/echo") == big


def test_a_number_or_a_boolean_sent_for_text_is_taken_as_its_text(connect):
    client = connect()
    assert client.predict(123, api_name="/echo") == "123"
    assert client.predict(True, api_name="/echo") == "True"


def test_add_takes_arguments_by_position_and_by_keyword_and_keeps_whole_numbers_whole(connect):
    client = connect()
    assert client.predict(2, 3.5, api_name="/add") == 5.5
    assert client.predict(a=-1, b=1, api_name="/add") == 0
    total = client.predict(2, 3, api_name="/add")
    assert total == 5 and type(total) is int


def test_submit_streams_each_growing_prefix_then_completes_with_the_whole_text(connect):
    job = connect().submit("abc", api_name="/stream")
    assert job.result() == "abc"
    assert job.outputs() == ["a", "ab", "abc"]
    assert job.status().code == Status.FINISHED


def test_a_stream_that_yields_nothing_ends_with_no_value(connect):
    job = connect().submit("x", api_name="/silent")
    assert job.result() is None
    assert job.status().code == Status.FINISHED


def test_a_user_facing_error_raises_app_error_with_its_message_and_the_client_goes_on(connect):
    client = connect()
    with pytest.raises(AppError) as raised:
        client.predict("oops", api_name="/fail")
    assert str(raised.value) == "bad input: oops"
    assert client.predict("still fine", api_name="/echo") == "still fine"


def test_an_argument_of_the_wrong_type_fails_the_call_and_the_client_goes_on(connect):
    client = connect()
    with pytest.raises(AppError) as raised:
        client.predict("x", 2, api_name="/add")
    if ON_GRADIO4J:  # Gradio says only that an error occurred
        assert "Invalid argument 'a' for /add" in str(raised.value)
        assert 'expected a number, got the string "x"' in str(raised.value)
    assert client.predict(1, 1, api_name="/add") == 2


def test_a_file_is_uploaded_processed_and_downloaded_with_its_name(connect, tmp_path):
    notes = tmp_path / "notes 100% final.txt"
    notes.write_text("hello, files", encoding="utf-8")
    downloaded = connect().predict(handle_file(str(notes)), api_name="/upper_file")
    assert os.path.basename(downloaded) == "upper_notes 100% final.txt"
    with open(downloaded, encoding="utf-8") as result:
        assert result.read() == "HELLO, FILES"


def test_state_is_kept_per_session_and_never_shared(connect):
    first, second = connect(), connect()
    assert first.predict(api_name="/counter") == 1
    assert first.predict(api_name="/counter") == 2
    assert second.predict(api_name="/counter") == 1
    assert first.predict(api_name="/counter") == 3


def test_classify_returns_a_label_with_its_confidences(connect):
    label = connect().predict("aaab", api_name="/classify")
    assert label["label"] == "positive"
    assert [c["label"] for c in label["confidences"]] == ["positive", "negative"]
    assert label["confidences"][0]["confidence"] == 0.75


def watch(job, seen):
    """Records every status of a job until it is done (the client keeps only the latest)."""
    while not job.done():
        seen.append(job.status())
        time.sleep(0.005)


def test_events_beyond_the_concurrency_limit_wait_in_the_queue_with_a_position(connect):
    clients = [connect() for _ in range(3)]
    started = time.monotonic()
    # 1 s runs: the third run waits behind the second (rank 1) for a whole second, long enough for
    # the watchers to see it on a loaded machine (0.4 s runs were missed there)
    jobs = [client.submit(1.0, api_name="/slow") for client in clients]
    statuses = []
    watchers = [threading.Thread(target=watch, args=(job, statuses)) for job in jobs]
    for watcher in watchers:
        watcher.start()
    assert [job.result(timeout=10) for job in jobs] == ["done"] * 3
    for watcher in watchers:
        watcher.join()
    elapsed = time.monotonic() - started
    assert elapsed >= 2.9, f"three 1 s runs with limit 1 take at least 3 s, took {elapsed:.2f} s"
    assert any(s.code == Status.IN_QUEUE and (s.rank or 0) > 0 for s in statuses), "a run was told its position"


def test_progress_reaches_the_client_while_the_handler_runs(connect):
    job = connect().submit(10, api_name="/progress")
    statuses = []
    watch(job, statuses)
    assert job.result() == "finished"
    progress = [s.progress_data[0] for s in statuses if s.progress_data]
    assert progress, "no progress update was seen"
    assert progress[-1].length == 10
    assert progress[-1].desc.startswith("step ") and progress[-1].desc.endswith(" of 10")


def test_a_cancelled_event_stops_and_frees_its_slot_and_the_client_goes_on(connect):
    client, other = connect(), connect()
    job = client.submit(5, api_name="/slow")
    while job.status().code != Status.PROCESSING:
        time.sleep(0.01)
    started = time.monotonic()
    assert job.cancel()
    # Gradio completes a cancelled event with an empty output, which this client reads as a
    # KeyError; gradio4j's completion says it was cancelled (docs/protocol-notes.md).
    outcomes = (concurrent.futures.CancelledError, AppError) if ON_GRADIO4J else (concurrent.futures.CancelledError, KeyError)
    with pytest.raises(outcomes):
        job.result(timeout=5)
    # /slow runs one at a time: this finishes quickly only if the cancelled run let go of its slot.
    assert other.predict(0.1, api_name="/slow") == "done"
    assert time.monotonic() - started < 3
    assert client.predict("after", api_name="/echo") == "after"
