"""Persons named right after an organisation's closing English head (issue 9, names2 session 37):
"X Racing Team Fulan Badu", "Contoh Motor Group Fulan Badu". Made-up sentences."""

from __future__ import annotations

from kutip.index.entities.recognise import recognise
from kutip.index.models import EntityType


def _entities(body: str, lang: str = "id") -> list[tuple[EntityType, str]]:
    return [(e.type, e.name) for e in recognise(body, lang)]


def test_a_team_closes_its_name_and_the_riders_after_it_are_persons() -> None:
    body = "Posisi kedua ditempati pembalap Sinar Kilat Racing Team Marco Rossetti dan Paolo Bianchelli."
    found = _entities(body)
    assert (EntityType.ORGANIZATION, "Sinar Kilat Racing Team") in found
    assert (EntityType.PERSON, "Paolo Bianchelli") in found


def test_a_group_closes_its_name_in_english() -> None:
    body = "The plant was opened by the chair of Contoh Motor Group Daniel Harrowgate, and the governor."
    found = _entities(body, "en")
    assert (EntityType.PERSON, "Daniel Harrowgate") in found
    assert not any("Group Daniel" in name for _, name in found)


def test_a_head_that_opens_a_name_still_does() -> None:
    body = "Pebalap Team Kilat Jaya itu menang di Mandalika, kata manajer Fulan Badu."
    found = _entities(body)
    assert (EntityType.PERSON, "Kilat Jaya") not in found
