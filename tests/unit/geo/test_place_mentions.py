"""Toponym mentions: the admin words that say what kind of place a name is."""

from sitrep.geo.mentions import place_hint


def test_nepals_sub_metropolitan_city_is_a_city_hint():
    text = "Dhangadhi Sub-Metropolitan City"
    assert place_hint(text, text + " (Kailali)", len(text)) == "city"


def test_a_district_after_the_name_is_an_admin2_hint():
    assert place_hint("Kailali", "Kailali district", len("Kailali")) == "admin2"


def test_an_acled_bracket_holds_names_with_and_and_a_township_word():
    """"Pahalgam (Anantnag, Jammu and Kashmir)", "Taze township (Shwebo, Sagaing)": each item of
    the brackets is one division, whatever words join it."""
    from sitrep.geo.mentions import parenthesis_mentions

    got = [(m.text, m.source) for m in parenthesis_mentions("a CRPF bunker in Pahalgam (Anantnag, Jammu and Kashmir).")]
    assert got == [("Pahalgam", "paren-head"), ("Anantnag", "paren"), ("Jammu and Kashmir", "paren")]
    got = [m.text for m in parenthesis_mentions("a village in Taze township (Shwebo, Sagaing) that had been held")]
    assert got == ["Taze", "Shwebo", "Sagaing"]


def test_a_name_ner_cut_at_its_linker_goes_on():
    """spaCy tags "Nawa" in "Nawa-i-Barakzayi district": the mention is the whole name, not a
    namesake of its first part elsewhere."""
    from sitrep.geo.mentions import entity_mentions
    from sitrep.models import Entity

    text = "checkpoints in Nawa-i-Barakzayi district, Helmand"
    got = [m.text for m in entity_mentions(text, [Entity(15, 19, "GPE", "Nawa")])]
    assert got == ["Nawa-i-Barakzayi"]
    text = "a school in Tala wa Barfak district, Baghlan"
    got = [m.text for m in entity_mentions(text, [Entity(20, 26, "PERSON", "Barfak")])]
    assert got == ["Tala wa Barfak"]
