"""General words of a religious affairs briefing the lexicon rendered one way only or not at all
(session 38, issue 10): to "perform" a duty is "melaksanakan", "melakukan" or "menjalankan" it, a
"prayer" is also "salat", "Muslims" are also "umat" (Islam), "Eid" is "Lebaran" or "Idulfitri",
"joyfully" is "dengan suka cita" (its first word), and "fasting" is "puasa". Fixtures written for kutip: a fictional
minister after a fictional council meeting."""

from __future__ import annotations

import pytest

from kutip.index.linking.bilingual import translations
from kutip.index.linking.normalise import content_terms
from kutip.index.linking.update import doc_of, matches

MINISTER = "Fulan Hasyim"
DAY = "2025-03-29"
ENGLISH = (
    "Tonight, evening prayers will still be performed in every village of Tarulu. "
    "We hope all Muslims in Tarulu can joyfully celebrate Eid."
)
# the same two remarks, each reported by an Indonesian outlet as a quote of its own
INDONESIAN_PRAYERS = "Malam ini di seluruh desa Tarulu kita masih tetap melaksanakan salat malam,"
INDONESIAN_EID = "Kami berharap seluruh umat di Tarulu dapat merayakan Lebaran dengan suka cita,"
# the same minister on the same day, on another subject
OTHER = "Anggaran perbaikan masjid di Tarulu akan kami naikkan tahun depan,"


@pytest.mark.parametrize(
    ("english", "indonesian"),
    [
        ("perform", "melaksanakan"),
        ("perform", "menjalankan"),
        ("prayer", "salat"),
        ("muslims", "umat"),
        ("eid", "lebaran"),
        ("joyfully", "suka"),
        ("fasting", "puasa"),
    ],
)
def test_the_word_reaches_its_rendering(english: str, indonesian: str) -> None:
    (term,) = content_terms(english, "en")
    (stem,) = content_terms(indonesian, "id", function_words=True)
    assert stem in translations(term)


@pytest.mark.parametrize("indonesian", [INDONESIAN_PRAYERS, INDONESIAN_EID])
def test_each_remark_links_its_english_report(indonesian: str) -> None:
    english = doc_of("e:0", "e", ENGLISH, lang="en", speaker=MINISTER, date=DAY)
    other = doc_of("i:0", "i", indonesian, lang="id", speaker=MINISTER, date=DAY)
    assert matches(english, other)


def test_another_subject_does_not_link() -> None:
    english = doc_of("e:0", "e", ENGLISH, lang="en", speaker=MINISTER, date=DAY)
    other = doc_of("i:0", "i", OTHER, lang="id", speaker=MINISTER, date=DAY)
    assert not matches(english, other)
