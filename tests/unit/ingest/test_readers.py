import datetime as dt
import io
import json

import pytest

from sitrep.ingest.readers import decode_text, parse_published, read_jsonl, record_to_document
from sitrep.models import Document, ReadError


@pytest.mark.parametrize("value, day", [
    ("2016-02-21", dt.date(2016, 2, 21)), ("2016-02-21T10:00:00Z", dt.date(2016, 2, 21)),
    ("2016-02-21T10:00:00+02:00", dt.date(2016, 2, 21)),
])
def test_parse_published(value, day):
    assert parse_published(value) == day


@pytest.mark.parametrize("value", ["yesterday", "21/02/2016", "", 20160221])
def test_parse_published_refuses(value):
    with pytest.raises(ValueError):
        parse_published(value)


def test_record_without_id_gets_a_content_hash():
    doc = record_to_document({"text": "Gunmen attacked."}, "x:1", 1000)
    assert isinstance(doc, Document) and doc.id == Document.make_id("Gunmen attacked.")


@pytest.mark.parametrize("record, reason", [
    ({"id": "a"}, "missing 'text'"), ({"id": "a", "text": 5}, "'text' must be a string"),
    ({"id": "a", "text": "  "}, "empty 'text'"), ({"id": "a", "text": "x" * 20}, "over the 10 limit"),
])
def test_bad_records_name_the_problem(record, reason):
    error = record_to_document(record, "f.jsonl:3", 10)
    assert isinstance(error, ReadError) and reason in error.reason and "(id a)" in str(error)


def test_read_jsonl_goes_on_after_a_bad_line():
    data = b"\n".join([json.dumps({"id": "a", "text": "one"}).encode(), b"{oops", b"",
                       json.dumps({"id": "b", "text": "two"}).encode()])
    items = list(read_jsonl(io.BytesIO(data), "in.jsonl", 1000))
    assert [type(i).__name__ for i in items] == ["Document", "ReadError", "Document"]
    assert items[1].where == "in.jsonl:2"


@pytest.mark.parametrize("data, reason", [
    (b"", "empty"), (b"\x00\x01", "binary"), ("café".encode("latin-1"), "not UTF-8"),
])
def test_decode_text_refuses_what_is_not_text(data, reason):
    assert reason in decode_text(data, "f", 1000).reason


@pytest.mark.parametrize("line, reason", [
    ('{"id": "s", "text": "Gunmen attacked \\ud800 a village."}', "unpaired surrogate"),
    ("[" * 100_000, "malformed JSON"),
    ('{"id": true, "text": "x"}', "'id' must be a string"),
])
def test_odd_json_is_one_bad_record(line, reason):
    [item] = list(read_jsonl(io.BytesIO(line.encode()), "in.jsonl", 1000))
    assert isinstance(item, ReadError) and reason in item.reason


def test_an_empty_id_is_no_id():
    doc = record_to_document({"id": " ", "text": "Gunmen attacked."}, "x:1", 1000)
    assert doc.id == Document.make_id("Gunmen attacked.")


def test_published_must_be_a_date_not_a_prefix():
    with pytest.raises(ValueError):
        parse_published("2016-02-21garbage")


def test_a_dated_file_name_gives_the_publication_date(tmp_path):
    import datetime as dt

    from sitrep.ingest.readers import date_in_name, read_file

    path = tmp_path / "homs-ceasefire-2016-02-21.txt"
    path.write_text("Two car bombs exploded in Homs on Sunday.")
    [doc] = list(read_file(path, 1000))
    assert doc.published == dt.date(2016, 2, 21)
    [doc] = list(read_file(path, 1000, published=dt.date(2016, 2, 22)))
    assert doc.published == dt.date(2016, 2, 22)  # an explicit date wins
    assert date_in_name(tmp_path / "report-2016-02-31.txt") is None
    assert date_in_name(tmp_path / "id-120160221.txt") is None
