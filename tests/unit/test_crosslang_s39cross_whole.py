"""A pair of reports standing for two clusters (session 39, issue 10): an English report meets an
Indonesian cluster through one member while the cluster's fullest report, a longer answer, holds
only part of it. The pair may stand for its clusters only when the two whole reports are one remark
by the bar (:func:`crosslang.whole_translation`), not a stretch or a sentence of either: a speaker
glosses a name in the same words at two events, and one sentence of a speech matching is no evidence
that the rest is the same occasion. Fixtures written for kutip: a fictional harbour master."""

from __future__ import annotations

from kutip.index.linking.crosslang import cross_report, whole_translation
from kutip.index.linking.update import doc_of

MASTER = "Fulan Wiratama"
ENGLISH = "The new ferry will sail twice a day between the two islands from next month, tickets stay cheap,"
INDONESIAN = (
    "Kapal feri baru akan berlayar dua kali sehari antara kedua pulau mulai bulan depan, tiket tetap murah,"
)
# a longer English report of which one sentence (the gloss) matches the Indonesian
LONGER = (
    "The name Samudra means the strength of the sea for our harbour. We will open the new pier "
    "next month, with twelve cranes and a cold store for the catch."
)
GLOSS = "Samudra artinya kekuatan laut untuk pelabuhan kita,"


def _pair(english: str, indonesian: str) -> tuple[object, object]:
    one = doc_of("e:0", "e", english, lang="en", speaker=MASTER, date="2025-03-02")
    two = doc_of("i:0", "i", indonesian, lang="id", speaker=MASTER, date="2025-03-02")
    return one, two


def test_a_whole_translation_stands() -> None:
    english, other = _pair(ENGLISH, INDONESIAN)
    assert whole_translation(english, other, "same")  # type: ignore[arg-type]
    assert whole_translation(other, english, "same")  # type: ignore[arg-type]


def test_one_sentence_of_a_longer_report_matches_but_does_not_stand() -> None:
    english, other = _pair(LONGER, GLOSS)
    assert cross_report(english, other, "same")  # type: ignore[arg-type]
    assert not whole_translation(english, other, "same")  # type: ignore[arg-type]


def test_an_unknown_bar_is_no_translation() -> None:
    english, other = _pair(ENGLISH, INDONESIAN)
    assert not whole_translation(english, other, "different")  # type: ignore[arg-type]
