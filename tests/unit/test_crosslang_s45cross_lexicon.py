"""General words the released sets' English reports held with no entry or one rendering only (session
45, issue 10): "bureaucratic reform" is "reformasi birokrasi", to "examine" is also to "mencermati",
"information technology" is written "IT", "discussions" are also "pembicaraan", "twice" is "dua kali"
(the figure 2), and a root the stemmer does not reach from its prefixed form ("memangkas" stems apart
from "dipangkas") is written beside it.
Fixtures written for kutip: a fictional minister."""

from __future__ import annotations

import pytest

from kutip.index.linking.bilingual import cross_match, translations
from kutip.index.linking.normalise import content_terms
from kutip.index.linking.update import doc_of, matches

MINISTER = "Fulan Wirapraja"
DAY = "2025-02-11"
ENGLISH = "The regions must examine their bureaucratic reform and their information technology."
INDONESIAN = "Daerah harus mencermati reformasi birokrasi dan IT mereka masing-masing,"
# a figure an English word renders: the Indonesian report writes it as a number
SAILINGS = (
    "From the new harbour our boats can sail to the island twice a week, and the ferry three times, "
    "so the fishermen will sell more."
)
BERLAYAR = (
    "Dari pelabuhan baru ini perahu kita bisa berlayar ke pulau itu dua kali seminggu, kapal feri tiga "
    "kali, jadi nelayan bisa menjual lebih banyak,"
)
# the same minister on the same day, on another subject
OTHER = "Anggaran perjalanan dinas tahun depan kami pangkas separuh, rapatnya cukup daring saja,"


@pytest.mark.parametrize(
    ("english", "indonesian"),
    [
        ("bureaucratic", "birokrasi"),
        ("examining", "mencermati"),
        ("technology", "IT"),
        ("information", "IT"),
        ("discussions", "pembicaraan"),
        ("twice", "dua kali"),
        ("trimmed", "dipangkas"),
        ("slash", "pangkas"),
        ("sorting", "dipilah"),
        ("married", "nikah"),
        ("hinder", "menghambat"),
        ("simplify", "menyederhanakan"),
        ("telephone", "telepon"),
        ("badly", "parah"),
        ("bad", "parah"),
        ("interstate", "antarnegara"),
        ("erroneous", "keliru"),
        ("hesitant", "sungkan"),
        ("specific", "khusus"),
        ("impressed", "terkesan"),
        ("signage", "papan"),
        ("provided", "memberikan"),
    ],
)
def test_the_word_reaches_its_rendering(english: str, indonesian: str) -> None:
    (term,) = content_terms(english, "en")
    stems = content_terms(indonesian, "id", function_words=True)
    assert stems
    assert stems[0] in translations(term)


def test_no_stray_stem_of_a_prefixed_form() -> None:
    """``memilah`` stems to ``mem``, ``menikah`` to ``meni`` and ``berikan`` to ``ikan`` (a fish): the
    roots, or a form the stemmer reads, stand in their place."""
    assert "mem" not in translations(content_terms("sort", "en")[0])
    assert "meni" not in translations(content_terms("married", "en")[0])
    assert "ikan" not in translations(content_terms("provide", "en")[0])


def test_the_translated_directive_links() -> None:
    english = doc_of("e:0", "e", ENGLISH, lang="en", speaker=MINISTER, date=DAY)
    other = doc_of("i:0", "i", INDONESIAN, lang="id", speaker=MINISTER, date=DAY)
    assert matches(english, other)


def test_twice_is_the_figure_two() -> None:
    """``twice`` reaches the report's ``2`` and counts as that figure: the report's figures (2, 3) are
    then all in the English one, no conflict."""
    english = doc_of("e:0", "e", SAILINGS, lang="en", speaker=MINISTER, date=DAY)
    other = doc_of("i:2", "i", BERLAYAR, lang="id", speaker=MINISTER, date=DAY)
    assert not cross_match(english.terms, other.terms).numbers_conflict
    assert matches(english, other)


def test_another_subject_does_not_link() -> None:
    english = doc_of("e:0", "e", ENGLISH, lang="en", speaker=MINISTER, date=DAY)
    other = doc_of("i:1", "i", OTHER, lang="id", speaker=MINISTER, date=DAY)
    assert not matches(english, other)
