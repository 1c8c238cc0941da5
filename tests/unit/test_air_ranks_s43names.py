"""English air force ranks ("Air Marshal", "Air Chief Marshal") are titles: after the force's own
name ("Contoh Air Force Air Marshal Fulan") the rank opens the person, not more of the body.
Invented sentences."""

from __future__ import annotations

from kutip.index.entities.recognise import recognise
from kutip.index.models import EntityType
from tests.unit.recognised import person_names as _persons


def test_a_rank_after_the_force_opens_the_person() -> None:
    body = "The Contoh Air Force Air Marshal Rajan Dhanvari said after the parade the jets were safe."
    assert _persons(body, "en") == ["Rajan Dhanvari"]
    organisations = [e.name for e in recognise(body, "en") if e.type is EntityType.ORGANIZATION]
    assert organisations == ["Contoh Air Force"]


def test_the_rank_is_no_part_of_the_name() -> None:
    body = "Air Chief Marshal Rajan Dhanvari said the squadron would fly again next week."
    assert _persons(body, "en") == ["Rajan Dhanvari"]
