"""A world place the rules first read as a person ("... said Perth") joins the same place named
elsewhere in the article: one place, listed once, with every mention (the entities pane listed it
twice). Invented sentences."""

from __future__ import annotations

from kutip.index.entities.recognise import recognise
from kutip.index.entities.thin import places_are_no_persons
from kutip.index.models import Entity, EntityType, Mention


def test_a_retyped_person_joins_the_place_of_the_same_name() -> None:
    place = Entity("Perth", EntityType.PLACE, [Mention(10, 15, "Perth")])
    person = Entity("Perth", EntityType.PERSON, [Mention(40, 45, "Perth")])
    other = Entity("Fulan Badu", EntityType.PERSON, [Mention(50, 60, "Fulan Badu")])
    out = places_are_no_persons([place, person, other])
    assert [(e.name, e.type) for e in out] == [("Perth", EntityType.PLACE), ("Fulan Badu", EntityType.PERSON)]
    assert [m.start for m in out[0].mentions] == [10, 40]
    assert out[0].aliases == []


def test_alone_it_still_becomes_the_place() -> None:
    out = places_are_no_persons([Entity("Perth", EntityType.PERSON, [Mention(0, 5, "Perth")])])
    assert [(e.name, e.type) for e in out] == [("Perth", EntityType.PLACE)]


def test_an_article_lists_the_place_once() -> None:
    body = (
        "Officers in Perth said the van was found near the river. "
        "Perth said it would look again at the case. The hearing in Perth resumes next week."
    )
    places = [e for e in recognise(body, "en") if e.type is EntityType.PLACE and e.name == "Perth"]
    assert len(places) == 1
    assert len(places[0].mentions) == 3
