"""One predicate for an English label, in a body and in a credit: a listed figure's distinctive first
word ("Anies", which the English stemmer reads as "any") is no label in either. Made-up lines."""

from __future__ import annotations

from kutip.index.entities.english_labels import english_label
from kutip.index.ingest.credits import credits_from_lines


def test_a_dash_credit_of_a_listed_figures_first_word_credits_him() -> None:
    assert [c.name for c in credits_from_lines(["Senin, 3 Februari 2020 , 10:15:00 WIB - Anies"])] == [
        "Anies"
    ]


def test_a_dash_credit_in_english_words_still_credits_no_one() -> None:
    assert credits_from_lines(["Senin, 3 Februari 2020 , 10:15:00 WIB - Economy"]) == []


def test_the_one_predicate() -> None:
    assert english_label("Flight Data Recorder")
    assert english_label("Economy")
    assert not english_label("Anies")  # a listed figure's first word
    assert not english_label("Fulan Hidayat")
