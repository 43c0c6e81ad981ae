from sitrep.ingest.clean import split_sentences
from sitrep.nlp.triage import select

TEXT = ("Markets Open Higher On Friday\n\nShares rose in early trading. The central bank held rates. "
        "Analysts expect growth. Separately, gunmen killed three people in the north. Police gave no details. "
        "Weather will be mild. No group claimed responsibility.")


def test_trigger_sentences_and_neighbours_are_chosen(lexicon):
    chosen = [s.text for s in select(split_sentences(TEXT), lexicon, context=1)]
    assert "Separately, gunmen killed three people in the north." in chosen
    assert "Analysts expect growth." in chosen and "Police gave no details." in chosen
    assert "No group claimed responsibility." in chosen  # attribution is always read
    assert "The central bank held rates." not in chosen


def test_nothing_is_chosen_from_an_article_with_no_event(lexicon):
    text = "Shares rose in early trading. The central bank held rates."
    assert select(split_sentences(text), lexicon) == []


def test_an_acled_notes_first_sentence_is_read_without_a_trigger(lexicon):
    note = "On 9 March 2021, party cadres announced that they would end underground activities in Hetauda."
    assert [s.text for s in select(split_sentences(note), lexicon)] == [note]
    # (a GTD summary opens with its date too, but always tells an attack a trigger reads)
    assert select(split_sentences("03/09/2021: Party cadres met in Hetauda, Nepal."), lexicon) == []
