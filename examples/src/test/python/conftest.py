"""Fixtures of the compatibility suites: GRADIO_URL names the app under test, GRADIO_SERVER says
whether it is gradio4j or the real Gradio (the oracle the suite's expectations are checked on)."""
import os

import pytest
from gradio_client import Client

URL = os.environ["GRADIO_URL"]
ON_GRADIO4J = os.environ.get("GRADIO_SERVER", "gradio4j") == "gradio4j"


@pytest.fixture
def connect():
    """Makes clients of the app; each is closed after the test."""
    clients = []

    def make():
        client = Client(URL, verbose=False)
        clients.append(client)
        return client

    yield make
    for client in clients:
        client.close()
