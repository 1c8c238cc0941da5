"""English pages: one name word right after a role or kinship noun is a person (issue 9, names session
38, batch 2). Made-up sentences and names."""

from __future__ import annotations

from kutip.index.entities.recognise import recognise
from kutip.index.models import EntityType


def _persons(body: str) -> list[str]:
    return [e.name for e in recognise(body, "en") if e.type is EntityType.PERSON]


def test_one_name_after_a_role_noun_is_a_person() -> None:
    body = "The bronze went to the men's doubles player Fulanto, who trained in Bandung for years."
    assert _persons(body) == ["Fulanto"]


def test_one_name_after_a_kinship_noun_is_a_person() -> None:
    assert _persons("He lives in Surabaya with his wife Sulastri and two dogs.") == ["Sulastri"]


def test_a_board_member_known_by_one_name() -> None:
    body = "The meeting was attended by treasurer Fulan Badu and board member Badunto, among others."
    assert _persons(body) == ["Fulan Badu", "Badunto"]


def test_no_person_after_a_role_noun_when_the_word_is_ordinary_or_a_weekday() -> None:
    assert _persons("He met his lawyer Monday to discuss the case.") == []
    assert _persons("The coach Said the team was ready.") == []
