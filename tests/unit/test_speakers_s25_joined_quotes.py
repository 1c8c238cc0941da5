"""Quotation fragments a sentence joins to a cue it already gave: ``X said A were "…" and that
"…"`` (the second fragment was dropped) and ``with X saying "…"`` (an absolute clause)."""

from __future__ import annotations

from kutip.index.entities import recognise
from kutip.index.statements import extract_statements


def _direct(body: str, lang: str = "en") -> list[tuple[str | None, str]]:
    found = extract_statements("t", body, lang, recognise(body, lang))
    return [(s.speaker, s.text) for s in found if s.kind == "direct"]


_HEAD = "Leaders Meet in Sukamaju\n\nSUKAMAJU (Daily) - Two leaders met on Thursday.\n\n"


def test_a_second_fragment_after_and_that_goes_on_with_the_cue() -> None:
    body = _HEAD + (
        "Mayor Fulan Hidayat visited the port. Mr Hidayat said the two towns were "
        '"bound to be partners" and that "good partners help each other in hard times".\n'
    )
    assert _direct(body) == [
        ("Fulan Hidayat", "bound to be partners"),
        ("Fulan Hidayat", "good partners help each other in hard times"),
    ]


def test_an_absolute_clause_with_saying() -> None:
    body = _HEAD + (
        "Mayor Fulan Hidayat and Mayor Budi Santoso praised the ties, with Mr Santoso saying "
        '"no partnership matters more to our town than this one".\n'
    )
    assert _direct(body) == [("Budi Santoso", "no partnership matters more to our town than this one")]


def test_fragments_joined_by_more_than_a_conjunction_stay_apart() -> None:
    body = _HEAD + (
        'Mr Hidayat said the towns were "bound to be partners", but critics in the council called the plan '
        '"a costly gamble".\n'
    )
    assert [t for _s, t in _direct(body)] == ["bound to be partners"]
