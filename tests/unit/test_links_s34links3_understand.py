"""Session 34, links3: ``mengerti`` / ``ngerti`` and ``paham`` ("understand") are one word to the
linker, as ``bikin`` / ``buat`` are. Fixtures are made up for kutip."""

from __future__ import annotations

import pytest

from kutip.index.linking import normalise
from kutip.index.linking.bilingual import reach_map
from kutip.index.linking.normalise import content_terms
from kutip.index.linking.update import doc_of, matches

SPEAKER = "Fulan Hidayat"
FIRST = "Bagus, hasil panen turun lagi. Petani langsung mengadu ke bupati. Mereka tidak paham apa itu irigasi tetes"
SECOND = "Hebat ini panen turun terus. Kau langsung diprotes petani. Dia enggak ngerti apa itu irigasi tetes"


def _pair() -> bool:
    first = doc_of("a:0", "a", FIRST, lang="id", speaker=SPEAKER, date="2025-02-03")
    second = doc_of("b:0", "b", SECOND, lang="id", speaker=SPEAKER, date="2025-02-03")
    return matches(first, second)


def test_every_form_of_understanding_is_one_term() -> None:
    for text in ("mereka tidak paham", "mereka tidak mengerti", "dia nggak ngerti", "kami memahami"):
        assert content_terms(text, "id") == ["paham"], text


def test_one_remark_written_with_paham_and_with_ngerti_links() -> None:
    assert _pair()


def test_the_pair_falls_short_without_the_entries(monkeypatch: pytest.MonkeyPatch) -> None:
    """The fixture sits on the bar: without the fold it shares one term too few. The words' kept
    terms (``normalise._word_terms``) are forgotten before and after the table changes."""
    normalise._word_terms.cache_clear()
    monkeypatch.setitem(normalise.VARIANTS, "mengerti", "mengerti")
    monkeypatch.setitem(normalise.VARIANTS, "ngerti", "mengerti")
    try:
        assert not _pair()
    finally:
        normalise._word_terms.cache_clear()


def test_english_understand_still_reaches_every_form() -> None:
    english = tuple(content_terms("they do not understand it", "en"))
    for text in ("mereka tidak mengerti", "dia nggak ngerti", "mereka tidak paham"):
        assert reach_map(english, tuple(content_terms(text, "id"))) == {"understand": frozenset({"paham"})}
