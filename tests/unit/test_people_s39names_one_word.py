"""One capitalised word a page uses alone as a name, and the one person the archive names in full with it
(issue 9, names session 39). Made-up names and sentences."""

from __future__ import annotations

from kutip.index.entities.lone_words import lone_name_words
from kutip.index.models import Article, Entity, EntityType, Mention
from kutip.index.people import PeopleIndex
from kutip.index.people.store import one_word_owners


def _article(aid: str, names: list[str]) -> Article:
    body = " ".join(f"{name} hadir." for name in names)
    entities = []
    for name in names:
        at = body.index(name)
        entities.append(Entity(name, EntityType.PERSON, [Mention(at, at + len(name), name)]))
    return Article(aid, f"{aid}.txt", body=body, entities=entities)


def test_a_word_that_starts_or_ends_one_person_named_in_two_articles_is_theirs() -> None:
    people = PeopleIndex.from_articles(
        [_article("a1", ["Sagita Dwi Lestari"]), _article("a2", ["Sagita Dwi Lestari", "Harjono Wirasatya"])]
    )
    owners = one_word_owners(people.db, ["sagita", "lestari", "wirasatya", "dwi"])
    assert owners == {"sagita": "Sagita Dwi Lestari", "lestari": "Sagita Dwi Lestari"}


def test_a_word_two_people_share_names_no_one() -> None:
    people = PeopleIndex.from_articles(
        [
            _article("b1", ["Sagita Dwi Lestari", "Sagita Rahmawati"]),
            _article("b2", ["Sagita Dwi Lestari", "Sagita Rahmawati"]),
        ]
    )
    assert one_word_owners(people.db, ["sagita"]) == {}


def test_a_word_alone_in_prose_before_a_verb_is_read_and_others_are_not() -> None:
    body = "Pertandingan itu ketat. Sagita melaju ke final, kata pelatih Kurnia. Di Jakarta Utara hujan."
    found = lone_name_words(body, [])
    assert "sagita" in found
    assert "kurnia" not in found  # a capital before it ("pelatih" is lower case, but a full stop follows it)
    assert "utara" not in found and "jakarta" not in found  # a capitalised neighbour


def test_a_word_an_entity_covers_is_not_read() -> None:
    body = "Sagita melaju ke final."
    entity = Entity("Sagita", EntityType.PERSON, [Mention(0, 6, "Sagita")])
    assert lone_name_words(body, [entity]) == {}
