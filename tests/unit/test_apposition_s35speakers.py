"""Session 35, speakers (made-up names and text): an English description after the verb that
opens with "the" or a possessor, then a comma and a name, is that person's office; the possessor
is someone else."""

from __future__ import annotations

from kutip.index.entities import recognise
from kutip.index.statements import extract_statements

_LEAD = "Opposition candidate Budi Santoso conceded nothing on Wednesday.\n\n"


def _speakers(body: str) -> list[str | None]:
    found = extract_statements("t", body, "en", recognise(body, "en"))
    return [s.speaker for s in found if s.kind == "direct"]


def test_the_office_then_its_holder() -> None:
    body = _LEAD + '"We will take our case to the court," said the party chairman, Andi Wijaya.\n'
    assert _speakers(body) == ["Andi Wijaya"]


def test_a_possessor_is_not_the_speaker() -> None:
    body = (
        _LEAD
        + '"We will ask for a recount," said Santoso\'s campaign chief, Dr Rudi Hartono.\n\n'
        + '"We will wait for the result," said the candidate\'s spokesman, Agus Salim.\n'
    )
    assert _speakers(body) == ["Rudi Hartono", "Agus Salim"]


def test_a_description_before_no_name_is_read_as_before() -> None:
    body = (
        "Trade Minister Rina Marlina met her counterpart in Jakarta on Monday.\n\n"
        '"The talks will go on next week," said the minister, adding that both sides agreed.\n'
    )
    assert _speakers(body) == ["Rina Marlina"]
