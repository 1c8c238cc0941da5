"""A figure written in several number words is one figure (``tiga puluh`` is 30, not 3 and a word):
one outlet's words and another's digits agree, and no false conflict of numbers keeps two reports
of one remark apart (made-up sentences and speaker)."""

from __future__ import annotations

import pytest

from kutip.index.linking.normalise import content_terms
from kutip.index.linking.update import doc_of, matches


@pytest.mark.parametrize(
    ("words", "figures", "lang"),
    [
        ("tiga puluh tahun", "30 tahun", "id"),
        ("tiga puluh lima persen", "35 persen", "id"),
        ("dua belas rumah", "12 rumah", "id"),
        ("lima ratus ribu warga", "500.000 warga", "id"),
        ("thirty years", "30 years", "en"),
        ("twenty-five villages", "25 villages", "en"),
    ],
)
def test_number_words_read_as_the_figure(words: str, figures: str, lang: str) -> None:
    assert content_terms(words, lang) == content_terms(figures, lang)


def test_one_alone_is_no_figure() -> None:
    assert "satu" in content_terms("salah satu warga", "id")


def test_two_reports_writing_a_figure_either_way_link() -> None:
    said = "Sebanyak dua belas rumah warga rusak berat akibat angin kencang semalam"
    written = "Sebanyak 12 rumah warga rusak berat akibat angin kencang semalam"
    one = doc_of("a:0", "a", said, speaker="Fulan Hidayat", date="2024-02-01")
    two = doc_of("b:0", "b", written, speaker="Fulan Hidayat", date="2024-02-01")
    assert matches(one, two)
    other = doc_of("c:0", "c", written.replace("12", "2"), speaker="Fulan Hidayat", date="2024-02-01")
    assert not matches(one, other)
