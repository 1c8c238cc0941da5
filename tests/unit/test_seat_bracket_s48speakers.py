"""Session 48, speakers (made-up text and names), from a miss of the read set k5:
``Menteri X Fulan Hidayat (Ulan). Ulan juga …``: the full stop after the bracketed short name ends
the sentence, so the name before the bracket is no office's seat and Fulan stays a person.
"""

from __future__ import annotations

from kutip.index.entities import recognise
from kutip.index.statements import extract_statements


def _direct(body: str, lang: str = "id") -> list[str | None]:
    found = extract_statements("t", body, lang, recognise(body, lang))
    return [s.speaker for s in found if s.kind == "direct"]


def test_a_bracketed_short_name_closing_a_sentence_seats_no_office() -> None:
    body = (
        "Jakarta - Revisi aturan dagang daring segera diteken Menteri Perdagangan Haryo Wicaksono "
        "(Harwic). Harwic juga akan menutup platform yang melanggar aturan.\n"
        '"Besok pagi aturan barunya saya teken," kata Harwic usai rapat, Senin (25/9/2023).\n'
        "Harwic menekankan aturan ini berlaku untuk semua platform.\n"
        '"Kami tidak memandang merek," ujarnya.\n'
    )
    assert _direct(body) == ["Haryo Wicaksono", "Haryo Wicaksono"]
