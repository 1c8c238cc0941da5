"""Lexicon entries added in session 34, each with a made-up pair it links (fixtures written for kutip)."""

from __future__ import annotations

from kutip.index.linking.bilingual import reach_map
from kutip.index.linking.normalise import content_terms
from kutip.index.linking.update import doc_of, matches

SPEAKER = "Fulan Hidayat"


def test_hajj_reaches_haji() -> None:
    english = tuple(content_terms("the hajj season", "en"))
    indonesian = tuple(content_terms("musim haji", "id"))
    reach = reach_map(english, indonesian)
    assert any(reach.get(term) for term in english if term.startswith("hajj"))


def test_an_undated_english_report_of_a_hajj_remark_links() -> None:
    """Without the entry the English report shares one term too few: five of eleven."""
    indonesian = doc_of(
        "a:0", "a", "Kata menteri haji yang saya temui pekan lalu, rombongan desa kami tahun depan bertambah",
        lang="id", speaker=SPEAKER, date="2024-07-16",
    )
    english = doc_of(
        "b:0", "b",
        "The hajj minister I met last week said the group from our town will grow next year, by plane and by ship",
        lang="en", speaker=SPEAKER,
    )
    assert matches(indonesian, english)
