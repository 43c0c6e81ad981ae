import pytest

from sitrep.ingest.clean import is_boilerplate, split_lines, split_sentences, wire_slug_length

ARTICLE = """You are here

Car Bomb Kills 12 In Market Town

A car bomb exploded in a market on Monday. Police said 12 people died.
Here are visuals from the scene:

*  *  *
Share this article
"""


@pytest.mark.parametrize("line", [
    "You are here", "You are here: Home » World", "Here are visuals from the scene:", "*  *  *",
    "Share this article", "Subscribe to our newsletter", "Copyright 2016 Example News",
    "Photo: Reuters", "Related stories",
])
def test_boilerplate_lines_are_recognised(line):
    assert is_boilerplate(line)


@pytest.mark.parametrize("line", [
    "Protesters shared water with the police.", "A car bomb exploded in a market on Monday.",
    "Related attacks killed 5 people in the capital.",
])
def test_reporting_lines_are_kept(line):
    assert not is_boilerplate(line)


def test_split_lines_drops_boilerplate_and_keeps_offsets():
    lines = split_lines(ARTICLE)
    texts = [ARTICLE[line.start:line.end] for line in lines]
    assert texts == ["Car Bomb Kills 12 In Market Town",
                     "A car bomb exploded in a market on Monday. Police said 12 people died."]
    assert lines[0].headline and not lines[1].headline


@pytest.mark.parametrize("line, story", [
    ("2nd LD Writethru: Gunmen kill 4 in market raid", "Gunmen kill 4 in market raid"),
    ("1ST LEAD Convoy ambushed near border", "Convoy ambushed near border"),
    ("UPDATE 3-Blast hits bus station", "Blast hits bus station"),
    ("BREAKING: Bridge attacked", "Bridge attacked"),
    ("UPDATE 1-URGENT: Mortar fire on camp", "Mortar fire on camp"),
    ("Lead poisoning kills three children", "Lead poisoning kills three children"),
    ("Update on the ceasefire talks", "Update on the ceasefire talks"),
    ("URGENT", "URGENT"),
])
def test_wire_slugs_are_not_part_of_the_headline(line, story):
    assert line[wire_slug_length(line):] == story
    lines = split_lines("\n" + line + "\n")
    assert ("\n" + line)[lines[0].start:lines[0].end] == story


def test_sentences_point_into_the_original_text():
    sentences = split_sentences(ARTICLE)
    assert [s.text for s in sentences] == [
        "Car Bomb Kills 12 In Market Town", "A car bomb exploded in a market on Monday.",
        "Police said 12 people died."]
    for s in sentences:
        assert ARTICLE[s.start:s.end] == s.text


def test_sentence_split_respects_abbreviations():
    text = "Gen. Smith met Dr. Jones in the U.S. capital on Jan. 5. They talked."
    assert [s.text for s in split_sentences(text)] == [
        "Gen. Smith met Dr. Jones in the U.S. capital on Jan. 5.", "They talked."]


def test_boilerplate_sentence_inside_a_paragraph_is_dropped():
    text = "The group killed 26 people. Here are visuals from the scene: Reuters notes more."
    assert all("visuals" not in s.text for s in split_sentences(text))


def test_an_endless_line_is_cut_into_pieces_the_model_can_take():
    text = "gunmen attacked " * 100_000
    sentences = split_sentences(text)
    assert len(sentences) > 1 and max(s.end - s.start for s in sentences) <= 5000
    assert all(text[s.start:s.end] == s.text for s in sentences)


def test_a_document_of_one_short_line_is_a_headline_in_any_case():
    assert split_lines("Gunmen kill 5 in Zamfara village")[0].headline
    assert not split_lines("Gunmen killed five people in a village on Monday.")[0].headline
