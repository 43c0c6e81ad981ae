"""The command line, end to end, on good and bad input (the real model and gazetteer)."""

import json

import pytest
from typer.testing import CliRunner

from sitrep.cli import app

ARTICLE = "Gunmen killed five villagers in Gusau, Zamfara State, Nigeria, on Sunday."


@pytest.fixture(scope="module")
def runner(resources):  # resources: load once, shared with the in-process CLI
    return CliRunner()


def _events(output):
    return [json.loads(line) for line in output.splitlines() if line.startswith("{")]


def test_extract_file_with_published(runner, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE)
    result = runner.invoke(app, ["extract", str(path), "--published", "2021-04-26"])
    assert result.exit_code == 0, result.output
    [event] = _events(result.stdout)
    assert event["event"] == "ASSAULT" and event["date"]["start"] == "2021-04-25"
    assert event["killed"]["low"] == 5


def test_extract_jsonl_to_output_and_stdin(runner, tmp_path):
    docs = tmp_path / "docs.jsonl"
    docs.write_text(json.dumps({"id": "a", "text": ARTICLE, "published": "2021-04-26"}) + "\n")
    out = tmp_path / "events.jsonl"
    assert runner.invoke(app, ["extract", "--input", str(docs), "--output", str(out)]).exit_code == 0
    assert [e["document_id"] for e in _events(out.read_text())] == ["a"]
    piped = runner.invoke(app, ["extract", "--input", "-"], input=docs.read_text())
    assert [e["document_id"] for e in _events(piped.stdout)] == ["a"]


def test_formats(runner, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE)
    as_json = runner.invoke(app, ["extract", str(path), "--format", "json"])
    assert json.loads(as_json.stdout)[0]["event"] == "ASSAULT"
    table = runner.invoke(app, ["extract", str(path), "--format", "table"])
    assert "ASSAULT" in table.stdout and "Gusau" in table.stdout


def test_bad_records_are_reported_and_the_rest_goes_on(runner, tmp_path):
    docs = tmp_path / "docs.jsonl"
    docs.write_text("\n".join([
        json.dumps({"id": "good", "text": ARTICLE}),
        "{not json",
        json.dumps({"id": "no-text", "title": "x"}),
        json.dumps({"id": "bad-date", "text": ARTICLE, "published": "yesterday"}),
        json.dumps(["a list"]),
    ]) + "\n")
    result = runner.invoke(app, ["extract", "--input", str(docs)])
    assert result.exit_code == 0
    assert [e["document_id"] for e in _events(result.stdout)] == ["good"]
    errors = result.stderr.strip().splitlines()
    assert len(errors) == 4
    assert f"{docs}:2: malformed JSON" in errors[0]
    assert "(id no-text)" in errors[1] and "missing 'text'" in errors[1]
    assert "(id bad-date)" in errors[2] and "published" in errors[2]
    assert f"{docs}:5" in errors[3]


@pytest.mark.parametrize("content, message", [
    (b"", "empty input"),
    (b"\x00\x01\x02binary\x00", "binary data"),
    ("Gunmen killed five people in Kano.".encode("utf-16"), "binary data"),
    ("Des hommes armés ont tué cinq villageois à Kaná.".encode("latin-1"), "not UTF-8"),
])
def test_unreadable_files_fail_with_one_line(runner, tmp_path, content, message):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    result = runner.invoke(app, ["extract", str(bad)])
    assert result.exit_code == 1
    assert message in result.stderr and str(bad) in result.stderr


def test_a_bad_file_does_not_stop_a_good_one(runner, tmp_path):
    bad, good = tmp_path / "bad.txt", tmp_path / "good.txt"
    bad.write_bytes(b"")
    good.write_text(ARTICLE)
    result = runner.invoke(app, ["extract", str(bad), str(good)])
    assert result.exit_code == 0
    assert len(_events(result.stdout)) == 1 and "empty input" in result.stderr


def test_oversized_document_is_refused(runner, tmp_path):
    big = tmp_path / "big.txt"
    big.write_text("Gunmen attacked a village. " * 800_000)  # about 21 MB
    result = runner.invoke(app, ["extract", str(big)])
    assert result.exit_code == 1
    assert "over the 2,000,000 limit" in result.stderr


def test_missing_file_and_no_input(runner, tmp_path):
    assert runner.invoke(app, ["extract", str(tmp_path / "nope.txt")]).exit_code == 1
    assert runner.invoke(app, ["extract"]).exit_code == 2


def test_schema_command_prints_json_schema(runner):
    result = runner.invoke(app, ["schema"])
    assert json.loads(result.stdout)["title"] == "sitrep event"


def test_places_command(runner, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Fighting spread from Homs to Azaz, near the Turkish border, Syria.")
    result = runner.invoke(app, ["places", str(path)])
    [line] = [json.loads(x) for x in result.stdout.splitlines()]
    names = {p["text"]: p["country"] for p in line["places"]}
    assert names.get("Homs") == "SY" and names.get("Azaz") == "SY"


def test_input_is_json_lines_whatever_its_name(runner, tmp_path):
    docs = tmp_path / "docs.json"
    docs.write_text(json.dumps({"id": "a", "text": ARTICLE, "published": "2021-04-26"}) + "\n")
    result = runner.invoke(app, ["extract", "--input", str(docs)])
    assert [e["document_id"] for e in _events(result.stdout)] == ["a"]


def test_bad_arguments_leave_the_output_file_alone(runner, tmp_path):
    out = tmp_path / "events.jsonl"
    out.write_text("kept\n")
    result = runner.invoke(app, ["extract", str(tmp_path / "a.txt"), "--published", "nonsense", "-o", str(out)])
    assert result.exit_code == 2 and out.read_text() == "kept\n"


def test_a_bad_setting_is_one_line_and_exit_2(tmp_path):
    import os
    import subprocess
    import sys

    env = dict(os.environ, SITREP_MAX_CHARS="2e6")
    result = subprocess.run([sys.executable, "-m", "sitrep", "extract", str(tmp_path / "a.txt")],
                            capture_output=True, text=True, env=env)
    assert result.returncode == 2
    assert result.stderr.strip() == "sitrep: error: SITREP_MAX_CHARS='2e6' is not a int"


def test_terminal_output_carries_no_control_characters(runner, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Gunmen from \x1b[31mthe Red Group\x1b[0m killed five villagers in Gusau, Nigeria.")
    table = runner.invoke(app, ["extract", str(path), "--format", "table"])
    assert "\x1b[31m" not in table.stdout


def test_a_document_that_breaks_extraction_is_reported_and_the_rest_goes_on(runner, broken_extraction):
    text = "Gunmen killed 5 villagers in Kauri, Niger State, Nigeria on Monday."
    lines = "\n".join(json.dumps({"id": i, "text": text, "published": "2021-04-26"}) for i in ("bad", "good"))
    result = runner.invoke(app, ["extract", "--input", "-"], input=lines + "\n")
    assert result.exit_code == 0
    assert "skipped bad: internal error while extracting: ValueError: boom" in result.stderr
    assert [json.loads(line)["document_id"] for line in result.stdout.splitlines()] == ["good"]
