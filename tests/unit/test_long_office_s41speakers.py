"""Session 41, speakers (made-up text): English writes a long office in lower case before its
holder in a name-first cue (``"…," the chair of the school's supervisory council Dr Fulan said``);
the holder at the end of that one run is the speaker, but not a name after "by" or "for"."""

from __future__ import annotations

from kutip.index.entities import recognise
from kutip.index.statements import extract_statements


def _direct(body: str) -> list[str | None]:
    return [s.speaker for s in extract_statements("t", body, "en", recognise(body, "en")) if s.kind == "direct"]


def test_long_lower_case_office_then_its_holder() -> None:
    body = (
        "\u201cThe port will reopen on Monday,\u201d the chair of Contoh\u2019s supervisory council "
        "Dr Bartholomew Quenby said at the harbour office.\n"
    )
    assert _direct(body) == ["Bartholomew Quenby"]


def test_a_name_after_by_is_not_the_one_who_spoke() -> None:
    body = "\u201cThe port will reopen on Monday,\u201d a spokesman for the harbour board led by Bartholomew Quenby said.\n"
    assert _direct(body) != ["Bartholomew Quenby"]
