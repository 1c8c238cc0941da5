"""Session 41, speakers (made-up text): English verbs of going into detail cue a quotation
with their subject before them (``He elaborated: "…"``, ``"…," Fulan further clarified``)."""

from __future__ import annotations

from kutip.index.entities import recognise
from kutip.index.statements import extract_statements


def _direct(body: str) -> list[tuple[str, str | None]]:
    found = extract_statements("t", body, "en", recognise(body, "en"))
    return [(s.text, s.speaker) for s in found if s.kind == "direct"]


def test_he_elaborated_colon_introduces_the_quotation() -> None:
    body = (
        "Harbour master Bartholomew Quenby said the ferries would sail again on Monday.\n\n"
        'He elaborated: "Every ferry has been checked twice, and the crews are ready to go."\n'
    )
    assert _direct(body) == [
        ("Every ferry has been checked twice, and the crews are ready to go.", "Bartholomew Quenby")
    ]


def test_name_further_clarified_after_the_quotation() -> None:
    body = (
        "\u201cThe fee is for new students only, not for those already enrolled,\u201d "
        "Rina Kurniawati further clarified on Tuesday.\n"
    )
    assert _direct(body) == [
        ("The fee is for new students only, not for those already enrolled,", "Rina Kurniawati")
    ]
