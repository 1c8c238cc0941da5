"""Session 27, two owners of a surname introduced in one sentence (made-up text): one written in
full as the other's relative there (``… Fulan Wiratmoko … putranya, Badu Wiratmoko``,
``keponakan Fulan Kalla, Badu Kalla``) leaves the bare surname to the other; a relative who is
the subject of a sentence of their own (``Adiknya, Tigor Simanjuntak, mengelola …``) is still the
latest named in full (tests/unit/test_statements_context.py)."""

from __future__ import annotations

from kutip.index.entities import recognise
from kutip.index.statements import extract_statements


def _all(body: str, lang: str = "id") -> list[tuple[str, str | None]]:
    found = extract_statements("t", body, lang, recognise(body, lang))
    return [(s.kind, s.speaker) for s in found]


def test_a_relative_introduced_in_the_others_sentence_leaves_the_surname_to_the_other() -> None:
    body = (
        "Gubernur Sukamaju Rudi Santoso meminta kepada Wali Kota Fulan Wiratmoko untuk bertemu "
        "dengan putranya, Badu Wiratmoko.\n\n"
        "Wiratmoko menjawab dengan nada santai, "
        '"Saya akan minta dia menelepon. Dia anak yang baik dan rajin bekerja."\n'
    )
    assert ("direct", "Fulan Wiratmoko") in _all(body)


def test_a_nephew_in_apposition_after_his_uncle_leaves_the_surname_to_the_uncle() -> None:
    body = (
        "Penyanyi itu batal menikah dengan keponakan Fulan Kalla, Badu Kalla, pekan lalu.\n\n"
        '"Kami menghormati keputusan keluarga dan berharap semua baik-baik saja," kata Kalla.\n'
    )
    assert _all(body)[-1] == ("direct", "Fulan Kalla")


def test_a_relative_speaking_alone_keeps_the_surname() -> None:
    body = (
        "Wali Kota Fulan Wiratmoko meminta bertemu dengan putranya, Badu Wiratmoko.\n\n"
        '"Saya akan datang besok pagi ke balai kota," kata Badu Wiratmoko.\n\n'
        '"Ayah saya sudah menunggu sejak lama di sana," ujar Wiratmoko.\n'
    )
    assert [s for k, s in _all(body) if k == "direct"] == ["Badu Wiratmoko", "Badu Wiratmoko"]
