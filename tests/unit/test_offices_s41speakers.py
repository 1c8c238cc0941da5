"""Session 41, speakers (made-up text): civil-service offices written before a long unit name
(``Subkoordinator``, ``Kasubbid``) are roles, never the speaker's name."""

from __future__ import annotations

from kutip.index.entities import recognise
from kutip.index.statements import extract_statements
from kutip.index.statements.lexicon import lexicon


def test_subcoordinator_is_no_speaker() -> None:
    body = (
        '"Angin membawa debu dari barat ke timur," kata Subkoordinator Kelompok Pengawasan Angkutan '
        "Dinas Perhubungan Jawa Tengah Kurniasih pada Kamis (8/6).\n"
    )
    found = extract_statements("t", body, "id", recognise(body, "id"))
    assert [s.speaker for s in found if s.kind == "direct"] != ["Subkoordinator"]


def test_sub_unit_heads_are_roles() -> None:
    assert all(lexicon().is_a(w, "role") for w in ("Subkoordinator", "Kasubbid", "Kasubsi", "Kasatpel"))
