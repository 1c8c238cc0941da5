"""General words the English reports of land, cooperative and school news held with no entry or one
rendering only (session 47, issue 10): a sanction "imposed" is "dijatuhkan" or "diberikan", a
"termination" is a "pemberhentian", small businesses are "UMKM", a fence a "pagar", mentoring
"pembinaan", removal "from office" is "dari jabatannya". A topic word of one beat (``cooperative``: ``koperasi``) is left out: in a set on
cooperatives it joined every remark on the subject.
Fixtures written for kutip: a fictional land office head."""

from __future__ import annotations

import pytest

from kutip.index.linking.bilingual import translations
from kutip.index.linking.normalise import content_terms
from kutip.index.linking.update import doc_of, matches

HEAD = "Fulan Sastrowiryo"
DAY = "2025-02-11"
ENGLISH = "We impose strict sanctions: termination for the three surveyors who forged the maps,"
INDONESIAN = (
    "Kami menjatuhkan sanksi tegas berupa pemberhentian kepada tiga juru ukur yang memalsukan peta itu,"
)
# the same head on the same day, on another subject
OTHER = "Loket pelayanan sertifikat kami buka sampai malam selama bulan ini supaya antrean tidak menumpuk,"


@pytest.mark.parametrize(
    ("english", "indonesian"),
    [
        ("impose", "menjatuhkan"),
        ("imposed", "memberikan"),
        ("termination", "pemberhentian"),
        ("terminated", "dihentikan"),
        ("MSMEs", "UMKM"),
        ("cancellation", "penghapusan"),
        ("revocation", "pencabutan"),
        ("fence", "pagar"),
        ("mentoring", "pembinaan"),
        ("shoreline", "pantai"),
        ("fortify", "memperkuat"),
        ("refurbish", "renovasi"),
        ("office", "jabatan"),
    ],
)
def test_the_word_reaches_its_rendering(english: str, indonesian: str) -> None:
    (term,) = content_terms(english, "en")
    stems = content_terms(indonesian, "id", function_words=True)
    assert stems
    assert stems[0] in translations(term)


def test_a_topic_word_of_one_beat_is_not_in_the_lexicon() -> None:
    (term,) = content_terms("cooperatives", "en")
    assert "koperasi" not in translations(term)


def test_the_translated_sanction_links() -> None:
    english = doc_of("e:0", "e", ENGLISH, lang="en", speaker=HEAD, date=DAY)
    other = doc_of("i:0", "i", INDONESIAN, lang="id", speaker=HEAD, date=DAY)
    assert matches(english, other)


def test_another_subject_of_the_day_stays_apart() -> None:
    english = doc_of("e:0", "e", ENGLISH, lang="en", speaker=HEAD, date=DAY)
    other = doc_of("o:0", "o", OTHER, lang="id", speaker=HEAD, date=DAY)
    assert not matches(english, other)


def test_the_office_word_alone_carries_no_link() -> None:
    """``office``: ``jabatan`` is a frequent word in both languages: two remarks of one official on one
    day that share it and one other word stay apart."""
    english = doc_of(
        "e:1",
        "e",
        "The harbour office will open a new counter for fishermen,",
        lang="en",
        speaker=HEAD,
        date=DAY,
    )
    other = doc_of(
        "i:1",
        "i",
        "Jabatan syahbandar akan kami isi dari kalangan nelayan bulan depan,",
        lang="id",
        speaker=HEAD,
        date=DAY,
    )
    assert not matches(english, other)
