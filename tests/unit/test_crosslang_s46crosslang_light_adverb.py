"""An adverb the lexicon reaches through its adjective is light as the adjective is (session 46, issue 10):
"temporary" is rendered "sementara", an Indonesian function word no report's terms hold, so an unseen
"temporary" is not counted against a report; "temporarily" was, as the light set holds the adjective's
key only. Fixtures written for kutip."""

from __future__ import annotations

from kutip.index.linking.bilingual import counted_terms, cross_match, reach_map, rendered_by_function_word
from kutip.index.linking.normalise import content_terms

ENGLISH = "The families will temporarily stay in the village hall"
INDONESIAN = "Keluarga-keluarga itu akan tinggal sementara di balai desa,"


def test_the_adverb_is_light_as_its_adjective() -> None:
    (adverb,) = content_terms("temporarily", "en")
    (adjective,) = content_terms("temporary", "en")
    assert rendered_by_function_word(adjective)
    assert rendered_by_function_word(adverb)


def test_an_unseen_light_adverb_is_not_counted() -> None:
    english, indonesian = content_terms(ENGLISH, "en"), content_terms(INDONESIAN, "id")
    assert cross_match(english, indonesian).english_share == 1.0
    assert counted_terms(reach_map(english, indonesian), english) == len(set(english)) - 1


def test_a_word_with_its_own_entry_keeps_it() -> None:
    """"family" stems to ``famili``, an adverb's shape: it keeps its own row (``keluarga``)."""
    (term,) = content_terms("family", "en")
    assert not rendered_by_function_word(term)
