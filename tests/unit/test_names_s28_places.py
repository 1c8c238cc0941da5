"""Session 28, a place is never a person or a speaker (made-up text): US states and large cities
abroad (``language/world_places.txt``, written from general knowledge) are no names, so ``the Ohio
native said`` gives no speaker 'Ohio'; places that are also given names are left to the article."""

from __future__ import annotations

from kutip.index.entities import recognise
from kutip.index.entities.thin import places_are_no_persons
from kutip.index.language import is_world_place
from kutip.index.models import Entity, EntityType, Mention
from kutip.index.statements import extract_statements
from kutip.index.statements.people import known_place, plausible_person


def test_world_places_are_listed_and_given_names_are_not() -> None:
    assert is_world_place(["Ohio"]) and is_world_place(["New", "York"]) and is_world_place(["texas"])
    assert not any(is_world_place([w]) for w in ("Georgia", "Virginia", "Sydney", "Fulan", "Washington"))


def test_a_place_of_the_world_is_no_person_name() -> None:
    assert not plausible_person(["Ohio"]) and not plausible_person(["Los", "Angeles"])
    assert plausible_person(["Fulan", "Hidayat"])
    assert known_place("Texas") and not known_place("Fulan")


def test_the_place_native_said_gives_no_place_as_speaker() -> None:
    body = (
        "The climber set a new record on Sunday.\n\n"
        '"It was the best day of my life," the Ohio native said after the final.\n\n'
        '"I trained for years," the Texas climber said.\n'
    )
    speakers = [s.speaker for s in extract_statements("t", body, "en", recognise(body, "en"))]
    assert "Ohio" not in speakers and "Texas" not in speakers


def test_a_person_entity_spelling_a_world_place_becomes_the_place() -> None:
    mention = Mention(0, 5, "Texas")
    out = places_are_no_persons([Entity("Texas", EntityType.PERSON, [mention]), Entity("Fulan", EntityType.PERSON)])
    assert [(e.name, e.type) for e in out] == [("Texas", EntityType.PLACE), ("Fulan", EntityType.PERSON)]
