"""English bodies: a role noun in lower case right before a run of name words cues a person (made-up text)."""

from __future__ import annotations

from kutip.index.entities import recognise
from kutip.index.entities.english_names import after_role_noun
from kutip.index.language import tokenize
from kutip.index.models import EntityType

PERSON = EntityType.PERSON


def persons(body: str) -> set[str]:
    return {e.name for e in recognise(body, "en") if e.type is PERSON}


def test_a_sport_role_before_a_name_cues_a_person() -> None:
    assert "Egar Maulani" in persons("The team relied on striker Egar Maulani in the second half.")


def test_a_compatriot_is_a_person() -> None:
    body = "Indonesia's Fulan Hidayat beat compatriot Tegar Wibisana 21-15, 21-14."
    assert {"Fulan Hidayat", "Tegar Wibisana"} <= persons(body)


def test_a_hyphenated_role_cues_a_person() -> None:
    assert "Tegar Sinisuka Tambunan" in persons("The winner was runner-up Tegar Sinisuka Tambunan last year.")


def _cued(body: str, first: int, last: int) -> bool:
    return after_role_noun(tokenize(body), first, last)


def test_no_role_noun_no_place_and_no_capital_role() -> None:
    assert _cued("The striker Egar Maulani scored.", 2, 3)
    assert not _cued("The Striker Egar Maulani scored.", 2, 3)  # a capitalised word before: no role noun
    assert not _cued("The striker Jakarta Selatan scored.", 2, 3)  # a place of the gazetteer
    assert not _cued("The striker Egar Stadium scored.", 2, 3)  # a venue's head
    assert not _cued("The team met Egar Maulani there.", 3, 4)  # no role noun before
