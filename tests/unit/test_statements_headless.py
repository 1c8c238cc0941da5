"""A paragraph whose opening quotation mark the scrape lost still holds its quotation
(made-up text)."""

from __future__ import annotations

from kutip.index.statements.marks import quotations


def _quoted(paragraph: str) -> list[str]:
    return [paragraph[q.start : q.end] for q in quotations(paragraph, 0, len(paragraph))]


def test_a_lost_opening_mark_quotes_from_the_paragraphs_start() -> None:
    para = "Kami masih menunggu hasil laboratorium,” kata Fulan Hidayat di Sukamaju, Senin."
    assert _quoted(para) == ["Kami masih menunggu hasil laboratorium,"]


def test_a_later_quotation_in_the_same_paragraph_is_still_read() -> None:
    para = 'Kami masih menunggu hasil laboratorium,” kata Fulan. Ia menambahkan, "Besok kami umumkan."'
    assert _quoted(para) == ["Kami masih menunggu hasil laboratorium,", "Besok kami umumkan."]


def test_marks_that_open_and_close_are_read_as_before() -> None:
    para = "”Kami masih menunggu hasil laboratorium,” kata Fulan Hidayat."
    assert _quoted(para) == ["Kami masih menunggu hasil laboratorium,"]


def test_a_closing_mark_without_a_clause_end_or_a_verb_after_it_quotes_nothing() -> None:
    assert _quoted("Film berjudul Sukamaju” tayang di bioskop pekan depan.") == []
    assert _quoted("Kami masih menunggu hasil laboratorium,” Fulan Hidayat menutup rapat.") == []
    assert _quoted("Singkat,” kata Fulan.") == []
