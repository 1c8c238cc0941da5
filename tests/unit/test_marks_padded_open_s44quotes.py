"""An opening double mark typed with a space after it at a paragraph's very start (``" Kami …"
kata Fulan``) still opens the quotation: nothing can close on a paragraph's first character
(index/statements/marks.py; made-up text)."""

from __future__ import annotations

from kutip.index.entities import recognise
from kutip.index.statements import extract_statements
from kutip.index.statements.marks import quotations


def _quotes(body: str, lang: str) -> list[tuple[str, str | None]]:
    found = extract_statements("t", body, lang, recognise(body, lang))
    return [(body[s.start : s.end], s.speaker) for s in found if s.kind == "direct"]


def test_straight_mark_and_space_open_the_paragraph() -> None:
    body = (
        "Menteri Budi Santoso datang ke pasar pagi itu.\n\n"
        '" Kalau semua pedagang menaikkan harga, warga yang rugi," kata Budi Santoso di pasar.\n'
    )
    assert _quotes(body, "id") == [
        ("Kalau semua pedagang menaikkan harga, warga yang rugi,", "Budi Santoso")
    ]


def test_closing_shape_and_space_open_the_paragraph() -> None:
    body = (
        "Menteri Budi Santoso datang ke pasar pagi itu.\n\n"
        "\u201d Tulis ya, pedagang yang curang akan kami tutup tokonya\u201d tegas Budi\n"
    )
    assert _quotes(body, "id") == [("Tulis ya, pedagang yang curang akan kami tutup tokonya", "Budi Santoso")]


def test_a_spaced_mark_inside_a_line_still_opens_nothing() -> None:
    body = 'Ia bilang " hanya sebentar saja" lalu pergi.'
    assert [body[q.start : q.end] for q in quotations(body, 0, len(body))] == []
