"""Session 45, quotes (made-up text): English partial quotations cued by a verb the list lacked.
A label verb's participle (``calling the delay "a slip"``) shares the clause's subject: it credits the named subject."""

from __future__ import annotations

from kutip.index.entities import recognise
from kutip.index.statements import extract_statements


def _direct(body: str) -> list[tuple[str, str | None]]:
    found = extract_statements("t", body, "en", recognise(body, "en"))
    return [(body[s.start : s.end], s.speaker) for s in found if s.kind == "direct"]


def test_a_label_participle_credits_the_clause_subject() -> None:
    body = (
        "Port fees delayed\n\n"
        "Transport Minister Rudi Hartono spoke to reporters at the harbour on Friday, "
        "calling the delay a \u201cpaperwork slip.\u201d\n"
    )
    assert _direct(body) == [("paperwork slip.", "Rudi Hartono")]

