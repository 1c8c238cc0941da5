"""Session 43, speakers (made-up text): the front of a recognised name. A particle the body also
writes before another word (``Al Hikmah College``) shows no name starting there, so ``Rahmat Al
Fikri`` keeps his first name; a corps mark opening the name (``Inf Darmawan Sulistyo``, read after
a rank) is the rank's, no name word."""

from __future__ import annotations

from kutip.index.entities import recognise
from kutip.index.statements import extract_statements
from kutip.index.statements.fronts import name_without_front


def test_a_particle_written_elsewhere_keeps_the_first_name() -> None:
    body = (
        "Council backs the plan\n\n"
        "Badu Santoso, a lecturer at Al Hikmah College, praised the plan.\n"
        "\u201cIt is a good step for the town,\u201d the council\u2019s secretary, Rahmat Al Fikri, told "
        "reporters on Monday.\n"
    )
    found = extract_statements("t", body, "en", recognise(body, "en"))
    assert [s.speaker for s in found if s.kind == "direct"] == ["Rahmat Al Fikri"]


def test_a_corps_mark_opening_a_name_comes_off() -> None:
    body = "kata Kapten Inf Darmawan Sulistyo di markas."
    assert name_without_front(body, ["Inf", "Darmawan", "Sulistyo"], []) == ["Darmawan", "Sulistyo"]
    assert name_without_front(body, ["Inf", "Darmawan"], []) == ["Inf", "Darmawan"]
