"""Session 41, lead (made-up names and text): "M.S." after a name is a degree, so the name
before it speaks."""

from __future__ import annotations

from kutip.index.entities import recognise
from kutip.index.statements import extract_statements


def test_the_name_before_a_masters_degree_speaks() -> None:
    body = (
        "Tim pemeriksa sudah menyerahkan laporannya pekan lalu. Ketua tim, Prof. Darmono Wirasena, "
        "M.S mengatakan senat akan memutuskan.\n\n\u201cKami menunggu keputusan senat,\u201d ujarnya.\n"
    )
    found = extract_statements("t", body, "id", recognise(body, "id"))
    assert [s.speaker for s in found if s.kind == "direct"] == ["Darmono Wirasena"]
