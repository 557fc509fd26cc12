"""The official Python client against an app behind a login (TeamTools): it logs in as Gradio's
clients do, handlers see the user, one endpoint is the admin's only, and a wrong password or no
login is refused."""
import pytest
from gradio_client import Client
from gradio_client.exceptions import AppError, AuthenticationError

from conftest import ON_GRADIO4J, URL


def test_a_logged_in_client_uses_the_app_as_its_user():
    client = Client(URL, auth=("guest", "guest1234"), verbose=False)
    assert client.predict("hello there", api_name="/count_words") == "2 words, counted for guest."
    client.close()


def test_an_endpoint_for_the_admin_refuses_another_user():
    admin = Client(URL, auth=("admin", "pass1234"), verbose=False)
    assert admin.predict(api_name="/usage_report").startswith("Usage report")
    guest = Client(URL, auth=("guest", "guest1234"), verbose=False)
    with pytest.raises(AppError) as refused:
        guest.predict(api_name="/usage_report")
    assert str(refused.value) == "Only the admin may see the usage report."
    admin.close()
    guest.close()


def test_a_wrong_password_is_refused():
    # gradio4j answers 401, which this client reports as such; Gradio answers 400 ("Could not login").
    with pytest.raises(AuthenticationError if ON_GRADIO4J else ValueError):
        Client(URL, auth=("admin", "wrong"), verbose=False)


def test_a_client_that_does_not_log_in_is_refused():
    with pytest.raises(AuthenticationError):
        Client(URL, verbose=False)
