"""Archive-wide: a surname several people were given is the one person some article gave it
to alone (a story naming both a president and his wife writes ``Macron`` for either), and a
surname of the prose takes the full name the article's captions write."""

from __future__ import annotations

from kutip.index.models import Article
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


def _with_captions(aid: str, persons: dict[str, list[str]], captions: list[str]) -> Article:
    made = article(aid, persons)
    made.boilerplate = captions
    return made


def test_a_surname_of_the_prose_takes_the_full_name_its_captions_write() -> None:
    captions = [
        "Penyanyi Rina Kumalawati saat ditemui di kawasan Sukamaju, Kamis. Foto: Budi",
        "Rina Kumalawati dan Fulan Hidayat. Foto: Budi",
        "ADVERTISEMENT",
    ]
    people = PeopleIndex.from_articles(
        [_with_captions("c1", {"Kumalawati": [], "Fulan Hidayat": []}, captions)]
    )
    assert people.canonical("Kumalawati") == "Rina Kumalawati"


def test_captions_with_two_full_names_for_the_word_give_none() -> None:
    captions = ["Penyanyi Rina Kumalawati di Sukamaju. Foto: Budi", "Penari Dewi Kumalawati di Sukarame."]
    people = PeopleIndex.from_articles([_with_captions("c2", {"Kumalawati": []}, captions)])
    assert people.canonical("Kumalawati") == "Kumalawati"


def test_a_word_capitalised_by_opening_a_caption_is_no_given_name() -> None:
    captions = ["Tycoon Kumalawati at the launch on Monday. Photo: Budi"]
    people = PeopleIndex.from_articles([_with_captions("c3", {"Kumalawati": []}, captions)])
    assert people.canonical("Kumalawati") == "Kumalawati"
