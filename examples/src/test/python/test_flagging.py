"""Flagging through the API, as Gradio's page does it: the Flag buttons' endpoints (/Flag, /Flag_1)
take the inputs' and outputs' values and log them, as FLAG_DIR's dataset1.csv, with each file
copied beside it. Run on an app like twins/flagging.py with FLAG_DIR set to its flagging folder."""
import csv
import os
import pathlib
import threading

from gradio_client import handle_file

FOLDER = pathlib.Path(os.environ["FLAG_DIR"])
IMAGE = pathlib.Path(__file__).parent / "parity" / "data" / "arrow.png"


def rows():
    with open(FOLDER / "dataset1.csv", newline="", encoding="utf-8") as log:
        return list(csv.reader(log))


def test_a_flag_logs_the_values_the_option_and_a_copy_of_the_file(connect):
    client = connect()
    client.predict('seven, "quoted"', handle_file(str(IMAGE)), "7 characters", api_name="/Flag")
    header, row = rows()[0], rows()[-1]
    assert header == ["words", "picture", "summary", "flag", "timestamp"]
    assert row[0] == 'seven, "quoted"'
    assert row[2:4] == ["7 characters", "incorrect"]
    copy = pathlib.Path(row[1])
    assert copy.parent.parent == FOLDER / "picture"
    assert copy.name == "arrow.png" and copy.read_bytes() == IMAGE.read_bytes()
    assert len(row[4]) >= len("2026-01-01 00:00:00")


def test_the_second_option_logs_its_value_and_a_formula_is_defused(connect):
    connect().predict("=1+2", None, "", api_name="/Flag_1")
    row = rows()[-1]
    assert row[:4] == ["'=1+2", "", "", "other"]


def test_flags_made_at_once_are_each_a_whole_row(connect):
    before = len(rows())
    clients = [connect() for _ in range(4)]
    errors = []

    def flag(client, n):
        try:
            client.predict(f"flag {n}\nline two", handle_file(str(IMAGE)), f"summary {n}", api_name="/Flag")
        except Exception as error:  # noqa: BLE001 - reported below
            errors.append(error)

    threads = [threading.Thread(target=flag, args=(clients[n % 4], n)) for n in range(12)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    new = rows()[before:]
    assert sorted(row[0] for row in new) == sorted(f"flag {n}\nline two" for n in range(12))
    for row in new:
        assert len(row) == 5
        assert row[2] == "summary " + row[0].split()[1].split("\n")[0]
        assert pathlib.Path(row[1]).read_bytes() == IMAGE.read_bytes()
    assert len({row[1] for row in new}) == 12
