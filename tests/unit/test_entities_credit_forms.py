"""A credit written as one of the article's people is that person, not one more "person".

The names are invented for this test.
"""

from __future__ import annotations

from kutip.index.models import Article, Credit, Entity, EntityType, Mention, person_forms
from kutip.index.views.entity_groups import entity_groups


def _article() -> Article:
    fulan = Entity(
        "Fulan Hidayat", EntityType.PERSON, [Mention(0, 13, "Fulan Hidayat"), Mention(40, 45, "Fulan")]
    )
    place = Entity("Sukamaju", EntityType.PLACE, [Mention(60, 68, "Sukamaju")])
    credits = [Credit("linked", "Fulan"), Credit("writer", "Rina Marlina"), Credit("linked", "Sukamaju")]
    return Article(id="a", source="a.txt", entities=[fulan, place], credits=credits)


def test_person_forms_hold_names_aliases_and_mentions_of_people_only() -> None:
    article = _article()
    article.entities[0].aliases.append("Pak Fulan")
    assert person_forms(article.entities) == {"Fulan Hidayat", "Fulan", "Pak Fulan"}


def test_a_credit_written_as_a_mention_is_not_listed_again() -> None:
    groups = dict(entity_groups(_article()))
    people = [(entity.name, role) for entity, role in groups[EntityType.PERSON]]
    # the writer stays; the headline's short form of the article's person goes; a place-named credit
    # is still listed (a place's form does not vouch for a person)
    assert people == [("Fulan Hidayat", ""), ("Rina Marlina", "writer"), ("Sukamaju", "linked")]
