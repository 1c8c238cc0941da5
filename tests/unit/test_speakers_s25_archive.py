"""Archive-wide: a surname several people were given is the one person some article gave it
to alone (a story naming both a president and his wife writes ``Macron`` for either)."""

from __future__ import annotations

from kutip.index.people import PeopleIndex
from tests.unit.test_people_index import article


def test_a_surname_contested_only_where_both_are_named_is_the_uncontested_owner() -> None:
    people = PeopleIndex.from_articles(
        [
            article("m1", {"Fulan Wiratmoko": ["Wiratmoko"], "Rina Wiratmoko": ["Wiratmoko"]}),
            article("m2", {"Fulan Wiratmoko": ["Wiratmoko"]}),
            article("m3", {"Fulan Wiratmoko": ["Wiratmoko"]}),
            article("m4", {"Wiratmoko": []}),
        ]
    )
    assert people.canonical("Wiratmoko") == "Fulan Wiratmoko"


def test_a_surname_each_of_two_people_was_given_alone_stays_apart() -> None:
    people = PeopleIndex.from_articles(
        [
            article("n1", {"Fulan Wiratmoko": ["Wiratmoko"]}),
            article("n2", {"Rina Wiratmoko": ["Wiratmoko"]}),
            article("n3", {"Wiratmoko": []}),
        ]
    )
    assert people.canonical("Wiratmoko") == "Wiratmoko"
