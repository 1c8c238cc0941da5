"""General words the English reports of election, party and state-firm news held with no entry or one
rendering only (session 48, issue 10): tides are also "arus" and "gelombang", a merger is written
"merger" in Indonesian too, a sense of duty is "rasa tanggung jawab", reflection "perenungan",
arrogance "sombong" or "jumawa", euphoria "euforia", and a handful of energy and office words
(divert: "mengalihkan", barrel, octane, US$); to write to someone is also "menyurati", a
concern "keresahan", and a second batch of trade and transport words (ads: "iklan", users,
machinist, outage). Left out: ``effect``: ``berlaku`` ("comes into
effect"), as its stem ``laku`` is also the stem of "melakukan" (to do) and "pelaku" (perpetrator).
Fixtures written for kutip: a fictional union leader and a fictional harbour chief."""

from __future__ import annotations

import pytest

from kutip.index.linking.bilingual import translations
from kutip.index.linking.normalise import content_terms
from kutip.index.linking.update import doc_of, matches

LEADER = "Rasmini Tanjungsari"
DAY = "2025-06-17"


@pytest.mark.parametrize(
    ("english", "indonesian"),
    [
        ("tides", "arus"),
        ("tide", "gelombang"),
        ("merge", "merger"),
        ("duty", "tanggung jawab"),
        ("reflection", "perenungan"),
        ("arrogant", "sombong"),
        ("arrogant", "jumawa"),
        ("euphoric", "euforia"),
        ("diverting", "mengalihkan"),
        ("barrels", "barel"),
        ("octane", "oktan"),
        ("US$", "dolar"),
        ("almighty", "maha"),
        ("blessing", "restu"),
        ("write", "menyurati"),
        ("concerns", "keresahan"),
        ("ads", "iklan"),
        ("users", "pengguna"),
        ("machinist", "masinis"),
        ("outage", "pemadaman"),
        ("reprimand", "teguran"),
    ],
)
def test_the_word_reaches_its_rendering(english: str, indonesian: str) -> None:
    (term,) = content_terms(english, "en")
    stems = content_terms(indonesian, "id", function_words=True)
    assert stems
    assert stems[0] in translations(term)


def test_the_stem_of_to_do_is_not_an_effect() -> None:
    (term,) = content_terms("effect", "en")
    (stem,) = content_terms("melakukan", "id")
    assert stem not in translations(term)


def test_the_tides_line_translated_links() -> None:
    """A short line translated whole on one day: without ``tide``: ``arus``, ``gelombang`` three terms
    are shared, under the bar."""
    english = doc_of(
        "e:0",
        "e",
        "I am sure the tides will be on the side of the dock workers,",
        lang="en",
        speaker=LEADER,
        date=DAY,
    )
    other = doc_of(
        "i:0",
        "i",
        "Saya yakin gelombang dan arus nanti memihak buruh pelabuhan,",
        lang="id",
        speaker=LEADER,
        date=DAY,
    )
    assert matches(english, other)


def test_a_sense_of_duty_links_its_translation() -> None:
    english = doc_of(
        "e:1",
        "e",
        "I take this post with a sense of duty and with reflection, not with joy,",
        lang="en",
        speaker=LEADER,
        date=DAY,
    )
    other = doc_of(
        "i:1",
        "i",
        "Saya ambil jabatan ini dengan rasa tanggung jawab dan perenungan, bukan dengan kegembiraan,",
        lang="id",
        speaker=LEADER,
        date=DAY,
    )
    assert matches(english, other)


def test_another_remark_on_the_harbour_stays_apart() -> None:
    english = doc_of(
        "e:2",
        "e",
        "I am sure the tides will be on the side of the dock workers,",
        lang="en",
        speaker=LEADER,
        date=DAY,
    )
    other = doc_of(
        "i:2",
        "i",
        "Gelombang tinggi membuat kapal tertahan di pelabuhan selama tiga hari,",
        lang="id",
        speaker=LEADER,
        date=DAY,
    )
    assert not matches(english, other)


def test_a_letter_translated_links() -> None:
    """A short remark translated whole on one day: without ``write``: ``menyurati`` the two share two
    of four terms, under the bar for a short translation (three, and three quarters of each side)."""
    english = doc_of(
        "e:3",
        "e",
        "We will write to the shop owners again before the festival,",
        lang="en",
        speaker=LEADER,
        date=DAY,
    )
    other = doc_of(
        "i:3",
        "i",
        "Kami akan menyurati lagi pemilik toko sebelum perayaan,",
        lang="id",
        speaker=LEADER,
        date=DAY,
    )
    assert matches(english, other)
