"""Session 36, speakers (made-up names and text): a fronted subordinate clause may be long, and
the person after its comma is whom the passage turns to; a long main clause is no fronted one."""

from __future__ import annotations

from kutip.index.entities import recognise
from kutip.index.statements import extract_statements


def _speakers(body: str, lang: str = "en") -> list[str | None]:
    found = extract_statements("t", body, lang, recognise(body, lang))
    return [s.speaker for s in found if s.kind == "direct"]


def test_the_person_after_a_long_while_clause_speaks_next() -> None:
    body = (
        "Badu Wirawan won the race at the new circuit on Sunday.\n\n"
        "\u201cThis win is very important for the title,\u201d Badu said.\n\n"
        "While the focus is rightly on Badu and his rival for the title, Fulan Hidayat still "
        "sits third in the standings.\n\n"
        "\u201cBoth of them are really strong, and it is normal to make some mistakes.\u201d\n"
    )
    assert _speakers(body) == ["Badu Wirawan", "Fulan Hidayat"]


def test_a_long_main_clause_before_a_comma_keeps_its_subject() -> None:
    body = (
        "Badu Wirawan won the race at the new circuit on Sunday.\n\n"
        "\u201cThis win is very important for the title,\u201d Badu said.\n\n"
        "The winner of the race thanked the whole team in the garage after the podium, Fulan "
        "Hidayat among them.\n\n"
        "\u201cIt was a long weekend for all of us,\u201d he said.\n"
    )
    assert _speakers(body) == ["Badu Wirawan", "Badu Wirawan"]
