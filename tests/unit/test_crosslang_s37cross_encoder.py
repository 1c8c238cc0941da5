"""The encoder's second opinion wants the longer report covered too (session 37, issue 10): a short
English sentence whose few words (the product, the figure, "electric car", "today") recur in every
sentence of one speech is found as fully in another sentence of it as in its own, and the encoder,
reading the subject, places it as close; the lexicon's own rule for a translation that leaves a clause
out wants the longer side covered (``crosslang.LONGER_SHARE``), and so does the encoder's now. Fixtures
written for kutip: a fictional minister launching a fictional electric scooter."""

from __future__ import annotations

import sqlite3

import pytest

from kutip.index.linking import encoder
from kutip.index.linking.bilingual import cross_match
from kutip.index.linking.crosslang import LONGER_SHARE
from kutip.index.linking.update import doc_of

MINISTER = "Fulan Wirawan"
DAY = "2025-02-11"
# the English sentence: the launch and the wait, with the scooter's name and figure
LAUNCH = "Today I launch the Sigra 7 electric scooter, we waited a long time for it."
# another sentence of the speech in Indonesian, on the scooter's future: the name, the figure,
# "hari ini" and "skuter listrik" again, little else of the English
FUTURE = (
    "Saya berharap Sigra 7 hari ini menjadi tonggak penting bagi skuter listrik nasional, "
    "pabriknya akan menyerap tenaga kerja lokal dan memakai baterai buatan dalam negeri."
)
# its own sentence in Indonesian: the launch and the wait, a clause added
OWN = "Hari ini saya meluncurkan skuter listrik Sigra 7, kita sudah lama menunggu momen ini."


def _pair(indonesian: str) -> tuple[object, object]:
    english = doc_of("e:0", "e", LAUNCH, lang="en", speaker=MINISTER, date=DAY)
    other = doc_of("i:0", "i", indonesian, lang="id", speaker=MINISTER, date=DAY)
    return english, other


@pytest.fixture
def close(monkeypatch: pytest.MonkeyPatch) -> sqlite3.Connection:
    """An encoder that places every pair close: the lexicon's shares alone decide."""
    monkeypatch.setattr(encoder, "available", lambda: True)
    monkeypatch.setattr(encoder, "cosine", lambda db, a, b: 0.9)
    return sqlite3.connect(":memory:")


def test_the_longer_side_bar_is_the_lexicons_own() -> None:
    assert encoder.LONGER_COVERED == LONGER_SHARE


def test_another_sentence_of_the_speech_is_not_confirmed(close: sqlite3.Connection) -> None:
    english, other = _pair(FUTURE)
    found = cross_match(english.terms, other.terms)  # type: ignore[attr-defined]
    assert found.english_share >= encoder.LEXICON_SHARE  # the short English side: its words are all there
    assert found.indonesian_share < encoder.LONGER_COVERED  # the longer sentence holds much else
    assert not encoder.translated(close, english, other)  # type: ignore[arg-type]


def test_its_own_sentence_is_still_confirmed(close: sqlite3.Connection) -> None:
    english, other = _pair(OWN)
    assert encoder.translated(close, english, other)  # type: ignore[arg-type]
