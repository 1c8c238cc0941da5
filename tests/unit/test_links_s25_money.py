"""Sums of money written the ways English and Indonesian outlets write them: ``US$30 billion``
is the dollar (``USD30 miliar``), not the country the alias ``US`` names elsewhere, and ``IDR``
is the rupiah (``Rp``) (fixtures written for kutip)."""

from __future__ import annotations

from kutip.index.linking.normalise import content_terms


def test_the_us_dollar_sign_is_the_dollar_not_the_country() -> None:
    english = content_terms("Exports jumped to US$30 billion, or IDR460 trillion", "en")
    indonesian = content_terms("Ekspor melompat jadi USD30 miliar atau Rp460 triliun", "id")
    assert [t for t in english if t in {"usd", "rupiah", "30000000000", "460000000000000"}] == [
        t for t in indonesian if t in {"usd", "rupiah", "30000000000", "460000000000000"}
    ]
    assert "usd" in content_terms("nilainya US$ 30 miliar", "id")
    assert "amerikaserikat" not in english


def test_the_country_is_still_the_country() -> None:
    assert "amerikaserikat" in content_terms("the US said the talks would resume", "en")
