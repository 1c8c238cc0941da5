"""A straight or closing-shaped double mark glued after a finished sentence opens a quotation
when the next double mark closes it; a glued mark before a scare quote stays no quotation
(index/statements/marks.py; made-up text)."""

from __future__ import annotations

from kutip.index.entities import recognise
from kutip.index.statements import extract_statements


def _quotes(body: str, lang: str) -> list[tuple[str, str | None]]:
    found = extract_statements("t", body, lang, recognise(body, lang))
    return [(body[s.start : s.end], s.speaker) for s in found if s.kind == "direct"]


def test_a_straight_mark_glued_after_a_stop_opens() -> None:
    body = (
        "Menteri Budi Santoso datang ke pasar pada Jumat (1/8)."
        '"Harga beras harus turun sebelum bulan depan,\u201d kata Budi Santoso.\n'
    )
    assert _quotes(body, "id") == [("Harga beras harus turun sebelum bulan depan,", "Budi Santoso")]


def test_a_closing_shape_glued_after_a_stop_opens() -> None:
    body = (
        "The ministry closed 40 cases this year.\u201dOf the 40 cases, most went to court,\u201d "
        "Minister Darmo Kusnadi said on Friday.\n"
    )
    assert _quotes(body, "en") == [("Of the 40 cases, most went to court,", "Darmo Kusnadi")]


def test_a_glued_mark_around_a_term_is_no_quotation() -> None:
    body = 'Budi Santoso datang ke pasar."Harga Beras" itu istilah pedagang di kota.\n'
    assert _quotes(body, "id") == []


def test_a_mark_split_off_to_the_paragraph_before_opens_this_one() -> None:
    body = (
        "The ministry closed 40 cases this year.\u201d\n\n"
        "Of the 40 cases, most went to court,\u201d Fisheries Minister Darmo Kusnadi said on Friday.\n"
    )
    assert _quotes(body, "en") == [("Of the 40 cases, most went to court,", "Darmo Kusnadi")]
