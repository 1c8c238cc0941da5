"""General words of a message of solidarity the lexicon rendered one way only or not at all (session
37, issue 10): "freedom" is also "kemerdekaan" (the freedom a nation enjoys), "sisters" of "brothers
and sisters" is also "saudara", to "experience" and to "enjoy" a freedom is also to "merasakan" it, and
"alone" is "sendiri", an Indonesian function word (so a report that leaves it out is not short of it).
Fixtures written for kutip: a fictional minister's message to fictional fishermen."""

from __future__ import annotations

import pytest

from kutip.index.linking.bilingual import cross_match, rendered_by_function_word, translations
from kutip.index.linking.normalise import content_terms
from kutip.index.linking.update import doc_of, matches

MINISTER = "Fulan Saputra"
DAY = "2025-03-14"
ENGLISH = (
    "Fishermen of Kaliro, my brothers and sisters, you will never fight alone. "
    "May you experience the freedom of the sea and enjoy it as your fathers did."
)
INDONESIAN = (
    "Nelayan Kaliro, saudara-saudaraku, kalian tidak akan berjuang sendirian. "
    "Semoga kalian merasakan kemerdekaan di laut dan menikmatinya seperti ayah kalian dulu."
)


@pytest.mark.parametrize(
    ("english", "indonesian"),
    [
        ("freedom", "kemerdekaan"),
        ("sisters", "saudara"),
        ("experience", "merasakan"),
        ("enjoy", "merasakan"),
    ],
)
def test_the_word_reaches_its_rendering(english: str, indonesian: str) -> None:
    (term,) = content_terms(english, "en")
    (stem,) = content_terms(indonesian, "id", function_words=True)
    assert stem in translations(term)


def test_alone_is_rendered_by_a_function_word() -> None:
    (term,) = content_terms("alone", "en")
    assert rendered_by_function_word(term)


def test_the_message_is_found_whole_in_its_translation() -> None:
    english = doc_of("e:0", "e", ENGLISH, lang="en", speaker=MINISTER, date=DAY)
    indonesian = doc_of("i:0", "i", INDONESIAN, lang="id", speaker=MINISTER, date=DAY)
    found = cross_match(english.terms, indonesian.terms)
    assert found.english_share == 1.0
    assert matches(english, indonesian)
