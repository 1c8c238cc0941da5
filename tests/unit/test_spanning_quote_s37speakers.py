"""Session 37, quotations (made-up text): a quotation set over lines that stop inside their
sentences, its opening mark on the first and its closing mark and cue on the last, is one
quotation; lines that end their sentences, or open with a mark of their own, stay apart."""

from __future__ import annotations

from kutip.index.entities import recognise
from kutip.index.statements import extract_statements


def _direct(body: str) -> list[tuple[str, str | None]]:
    found = extract_statements("t", body, "id", recognise(body, "id"))
    return [(s.text, s.speaker) for s in found if s.kind == "direct"]


def test_lines_that_run_on_make_one_quotation() -> None:
    body = (
        "Kepala Dinas Perhubungan Fulan Hidayat memeriksa bus itu pada Senin.\n\n"
        "\u201cBus ini sudah tua, sasis buatan 2006\n\n"
        "Mesin depan sudah dirombak jauh dari aslinya\n\n"
        "Surat-surat kendaraan mati semua,\u201d katanya.\n"
    )
    found = _direct(body)
    assert len(found) == 1
    text, speaker = found[0]
    assert text.startswith("Bus ini sudah tua") and text.endswith("mati semua,")
    assert speaker == "Fulan Hidayat"


def test_lines_that_end_their_sentences_stay_apart() -> None:
    body = (
        "Kepala Dinas Perhubungan Fulan Hidayat memeriksa bus itu pada Senin.\n\n"
        "\u201cBus ini sudah tua.\n\n"
        "Surat-surat kendaraan mati semua,\u201d katanya.\n"
    )
    assert [t for t, _s in _direct(body)] == ["Bus ini sudah tua.", "Surat-surat kendaraan mati semua,"]


def test_paragraphs_that_open_with_their_own_mark_stay_apart() -> None:
    body = (
        "Kepala Dinas Perhubungan Fulan Hidayat memeriksa bus itu pada Senin.\n\n"
        "\u201cBus ini sudah tua dan sasisnya buatan 2006\n\n"
        "\u201cSurat-surat kendaraan mati semua,\u201d katanya.\n"
    )
    assert len(_direct(body)) == 2
