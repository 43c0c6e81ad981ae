import pytest

from sitrep.extraction.numbers import parse_number


@pytest.mark.parametrize("text, value", [
    ("46", 46), ("1,200", 1200), ("Forty-six", 46), ("forty six", 46), ("a", 1), ("one", 1),
    ("twelve", 12), ("dozens", 12), ("several", 3), ("hundreds", 100), ("two hundred and five", 205),
])
def test_numbers(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize("text", ["an unknown", "people", "", "many more"])
def test_not_numbers(text):
    assert parse_number(text) is None
