"""Session 28 (issue 10): an English comparative or superlative reaches its adjective's translations
(made-up text and speakers). The stemmer keeps ``stronger`` and ``fastest`` whole, while Indonesian
writes the degree with a function word (``lebih kuat``, ``paling cepat``) and shows only the adjective."""

from __future__ import annotations

from kutip.index.linking.bilingual import translations
from kutip.index.linking.normalise import content_terms
from kutip.index.linking.update import doc_of, matches

DAY = "2024-08-21"
SPEAKER = "Fulan Hidayat"


def _term(word: str) -> str:
    (term,) = content_terms(word, "en")
    return term


def test_a_degree_reaches_its_adjective() -> None:
    for degree, adjective in (
        ("stronger", "strong"),
        ("fastest", "fast"),
        ("wider", "wide"),
        ("bigger", "big"),
        ("larger", "large"),
        ("easier", "easy"),
    ):
        assert translations(_term(degree)) == translations(_term(adjective)) != ()


def test_a_word_the_lexicon_lists_keeps_its_own_translations() -> None:
    assert translations(_term("water"))[0] == "air"  # not read as a degree of "wat"
    assert translations(_term("later"))[0] == "nanti"


def test_a_remark_with_comparatives_links_to_its_translation() -> None:
    english = doc_of(
        "e:1",
        "e",
        "The new dam is stronger, higher and safer than the old one",
        lang="en",
        speaker=SPEAKER,
        date=DAY,
    )
    indonesian = doc_of(
        "i:1",
        "i",
        "Bendungan baru ini lebih kuat, lebih tinggi dan lebih aman dari yang lama",
        lang="id",
        speaker=SPEAKER,
        date=DAY,
    )
    assert matches(english, indonesian)
    other = doc_of(
        "i:2",
        "i",
        "Bendungan baru ini lebih kuat, lebih tinggi dan lebih aman dari yang lama",
        lang="id",
        speaker="Rina Marlina",
        date=DAY,
    )
    assert not matches(english, other)
