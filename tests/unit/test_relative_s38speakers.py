"""Session 38, speakers (made-up names and text): ``Name yang juga kuasa hukum Badu menyatakan``:
a relative clause between a name and its speech verb describes the name before it, which is the
subject, whoever the clause names last."""

from __future__ import annotations

from kutip.index.entities import recognise
from kutip.index.statements import extract_statements


def _speakers(body: str) -> list[tuple[str, str | None]]:
    found = extract_statements("t", body, "id", recognise(body, "id"))
    return [(s.kind, s.speaker) for s in found]


def test_the_name_before_a_relative_clause_speaks() -> None:
    body = (
        "Sidang gugatan Badu Santoso di Pengadilan Negeri Sukamaju kembali ditunda pada Senin.\n\n"
        "Fulan Hidayat yang juga kuasa hukum Badu menyatakan siap menghadapi sidang pekan depan.\n\n"
        "\u201cKami sudah menyiapkan semua bukti untuk sidang berikutnya,\u201d katanya.\n"
    )
    assert _speakers(body) == [("indirect", "Fulan Hidayat"), ("direct", "Fulan Hidayat")]


def test_a_name_right_before_the_verb_without_a_relative_clause_still_speaks() -> None:
    body = (
        "Sidang gugatan di Pengadilan Negeri Sukamaju kembali ditunda pada Senin.\n\n"
        "Kuasa hukum penggugat Fulan Hidayat menyatakan siap menghadapi sidang pekan depan.\n"
    )
    assert _speakers(body) == [("indirect", "Fulan Hidayat")]
