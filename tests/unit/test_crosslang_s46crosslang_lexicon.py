"""General words the released sets' English reports held with no entry or one rendering only (session
46, issue 10): a regional head is a "kepala daerah" (``leader``), money kept is "disimpan" (``store``),
prisons are "lapas", chronic illness is "berkepanjangan", individuals are "orang", a law is "UU" and a
bill "RUU", a press conference a "konpers"; discourse words a translator renders with a function word
("therefore": "maka") are not counted against a report that leaves them out.
Fixtures written for kutip: a fictional prison director."""

from __future__ import annotations

import pytest

from kutip.index.linking.bilingual import cross_match, rendered_by_function_word, translations
from kutip.index.linking.normalise import content_terms
from kutip.index.linking.update import doc_of, matches

DIRECTOR = "Fulan Marsudiono"
DAY = "2025-03-04"
ENGLISH = "Individuals jailed for defamation will get clemency, and those with chronic illness get parole."
INDONESIAN = (
    "Orang yang dipenjara karena penghinaan akan mendapat grasi, dan yang sakit berkepanjangan mendapat "
    "pembebasan bersyarat,"
)
# the same director on the same day, on another subject
OTHER = "Jam besuk keluarga pada akhir pekan kami tambah satu jam, antrean di gerbang sudah terlalu panjang,"


@pytest.mark.parametrize(
    ("english", "indonesian"),
    [
        ("leaders", "kepala"),
        ("stored", "disimpan"),
        ("funds", "uang"),
        ("prisons", "lapas"),
        ("chronic", "berkepanjangan"),
        ("individuals", "orang"),
        ("defamation", "penghinaan"),
        ("law", "UU"),
        ("draft", "RUU"),
        ("conference", "konpers"),
        ("consensus", "kesepakatan"),
        ("ongoing", "terus"),
        ("movement", "pergerakan"),
        ("move", "pergerakan"),
        ("operations", "operasi"),
        ("accounts", "rekening"),
        ("offenders", "pelaku"),
        ("honorary", "honorer"),
        ("overcrowded", "overkapasitas"),
        ("clemency", "grasi"),
        ("parole", "bersyarat"),
        ("abolition", "abolisi"),
        ("forfeiture", "perampasan"),
        ("focused", "fokus"),
        ("seriously", "serius"),
        ("escaped", "lolos"),
        ("recidivist", "residivis"),
        ("deterrent", "jera"),
        ("sidewalk", "trotoar"),
        ("edict", "fatwa"),
    ],
)
def test_the_word_reaches_its_rendering(english: str, indonesian: str) -> None:
    (term,) = content_terms(english, "en")
    stems = content_terms(indonesian, "id", function_words=True)
    assert stems
    assert stems[0] in translations(term)


@pytest.mark.parametrize("english", ["therefore", "meanwhile", "instead", "moreover", "hence"])
def test_a_discourse_word_rendered_by_a_function_word(english: str) -> None:
    (term,) = content_terms(english, "en")
    assert rendered_by_function_word(term)


def test_a_left_out_discourse_word_is_not_counted() -> None:
    found = cross_match(
        content_terms("Therefore the bridge will reopen", "en"),
        content_terms("Maka jembatan akan dibuka kembali", "id"),
    )
    assert found.english_share == 1.0


def test_no_rendering_through_a_common_stem() -> None:
    """``kejadian`` stems to ``jadi`` ("become"), ``bersamaan`` to ``sama``, ``bertentangan`` to
    ``tentang`` ("about"): none stands for a word it does not translate."""
    assert "jadi" not in translations(content_terms("occurrence", "en")[0])
    assert "sama" not in translations(content_terms("concurrently", "en")[0])
    assert "tentang" not in translations(content_terms("contradictory", "en")[0])


def test_the_translated_remark_links() -> None:
    english = doc_of("e:0", "e", ENGLISH, lang="en", speaker=DIRECTOR, date=DAY)
    other = doc_of("i:0", "i", INDONESIAN, lang="id", speaker=DIRECTOR, date=DAY)
    assert matches(english, other)


def test_another_subject_of_the_day_stays_apart() -> None:
    english = doc_of("e:0", "e", ENGLISH, lang="en", speaker=DIRECTOR, date=DAY)
    other = doc_of("o:0", "o", OTHER, lang="id", speaker=DIRECTOR, date=DAY)
    assert not matches(english, other)
