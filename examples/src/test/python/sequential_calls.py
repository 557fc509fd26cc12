"""python sequential_calls.py URL N: one gradio_client calls /echo N times, each call awaited
before the next, as a user's script would. A call with no answer for 3 s counts as lost; it is
then given 10 s more, and if it still has none the run stops there. Prints
{"calls", "lost", "undelivered"} as JSON."""
import concurrent.futures
import json
import sys

from gradio_client import Client

url, calls = sys.argv[1], int(sys.argv[2])
client = Client(url, verbose=False)
lost = undelivered = made = 0
for i in range(calls):
    made += 1
    job = client.submit(f"m{i}", api_name="/echo")
    try:
        result = job.result(timeout=3)
    except concurrent.futures.TimeoutError:
        lost += 1
        print(f"call {i}: no answer after 3 s", file=sys.stderr)
        try:
            result = job.result(timeout=10)
        except concurrent.futures.TimeoutError:
            undelivered += 1
            break
    assert result == f"m{i}", f"call {i} answered {result!r}"
client.close()
print(json.dumps({"calls": made, "lost": lost, "undelivered": undelivered}))
