"""Session 47, meta2 (made-up text): a plain-text scrape that kept a JSON string's escaped line
breaks (a literal backslash and ``n``, two in a row between paragraphs) is read as paragraphs, so a
quotation glued to the escape opens; a page with a lone escaped ``\\n`` in its prose is left as written."""

from __future__ import annotations

from kutip.index.entities import recognise
from kutip.index.ingest.plaintext import parse_plain_text
from kutip.index.statements import extract_statements

_ESCAPED = (
    "Waduk Cibening mulai dikeruk\n"
    "Bupati Sukamaju Bambang Sulistyo meninjau waduk yang dangkal, Senin (3/2/2025).\\n\\n"
    '"Pengerukan selesai sebelum musim hujan," kata Bambang.\\n\\n'
    '"Petani tidak perlu khawatir soal air," ujar Bambang lagi.\\n\\nWarga menyambut baik rencana itu.\n'
)


def _quotes(text: str) -> list[str]:
    article = parse_plain_text(text, source="p.txt")
    body = article.body
    found = extract_statements("t", body, "id", recognise(body, "id"))
    return [s.text for s in found if s.kind == "direct"]


def test_escaped_breaks_part_the_paragraphs() -> None:
    body = parse_plain_text(_ESCAPED, source="p.txt").body
    assert "\\n" not in body
    assert body.count("\n") >= 3


def test_quotations_glued_to_an_escape_open() -> None:
    quotes = _quotes(_ESCAPED)
    assert len(quotes) == 2
    assert quotes[0].startswith("Pengerukan selesai")


def test_a_lone_escape_in_prose_stays() -> None:
    text = "Jalur data diperbaiki\nPetugas menulis perintah C:\\new di layar, Senin (3/2/2025).\n"
    assert "C:\\new" in parse_plain_text(text, source="p.txt").body
