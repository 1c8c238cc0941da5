"""Session 38, speakers (made-up names and text): ``Kasatgas`` (the head of a task force) is an
office like ``Kasat``: ``kata Kasatgas Humas Operasi X 2025, Kombes Fulan`` names Fulan, who
speaks, not the person the story was about before."""

from __future__ import annotations

from kutip.index.entities import recognise
from kutip.index.statements import extract_statements
from kutip.index.statements.lexicon import lexicon


def test_kasatgas_is_a_role() -> None:
    assert lexicon().is_a("Kasatgas", "role")


def test_the_holder_after_a_task_force_office_speaks() -> None:
    body = (
        "Nelayan Badu Santoso yang hilang di perairan Sukamaju akhirnya ditemukan selamat, Sabtu.\n\n"
        "\u201cSaat ini tim gabungan sedang membawa korban ke dermaga untuk diperiksa,\u201d kata "
        "Kasatgas Humas Operasi Laut Sukamaju 2025, Kombes Fulan Hidayat, Sabtu.\n\n"
        "\u201cKondisinya stabil dan keluarga sudah kami kabari,\u201d katanya.\n"
    )
    found = extract_statements("t", body, "id", recognise(body, "id"))
    assert [s.speaker for s in found if s.kind == "direct"] == ["Fulan Hidayat", "Fulan Hidayat"]
