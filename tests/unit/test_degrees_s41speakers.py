"""Session 41, speakers (made-up text): academic degrees written after a name and its comma
before the speech verb (``Fulan, S.H., M.H. mengatakan``) are no speaker; the name before is."""

from __future__ import annotations

import pytest

from kutip.index.entities import recognise
from kutip.index.statements import extract_statements


@pytest.mark.parametrize("degrees", ["S.H.", "M.Si.", "S.H., M.H."])
def test_degrees_after_the_comma_leave_the_name(degrees: str) -> None:
    body = (
        f"Sementara, Rektor Universitas Contoh Prof. Dr. Darmawan Sulistyo, {degrees} mengatakan, "
        "sanksi terberat adalah pemberhentian. \u201cNamun kami juga menimbang pengabdiannya,\u201d ucapnya.\n"
    )
    found = extract_statements("t", body, "id", recognise(body, "id"))
    assert {s.speaker for s in found} == {"Darmawan Sulistyo"}
