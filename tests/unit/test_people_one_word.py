"""A name written as one word (``Widodo``) is the one archive person whose last word it is, or
whose first word it is when that person holds an office or speaks somewhere; a given name
alone for a private person, or a word two people share, stays apart. Every name here is made up for the tests."""

from __future__ import annotations

from kutip.index.models import Article, Entity, EntityType, Mention, Statement
from kutip.index.people import PeopleIndex


def article(aid: str, names: list[str], speakers: tuple[str, ...] = ()) -> Article:
    body = " ".join(f"{name} hadir." for name in names)
    entities = []
    for name in names:
        at = body.index(name)
        entities.append(Entity(name, EntityType.PERSON, [Mention(at, at + len(name), name)]))
    statements = [Statement(f"{aid}:{n}", aid, "teks", "direct", 0, 4, speaker=s) for n, s in enumerate(speakers)]
    return Article(aid, f"{aid}.txt", body=body, entities=entities, statements=statements)


def test_surname_alone_joins_the_one_person_it_ends() -> None:
    people = PeopleIndex.from_articles(
        [article("a1", ["Harjono Wirasatya"]), article("a2", ["Wirasatya"], speakers=("Wirasatya",))]
    )
    assert people.canonical("Wirasatya") == "Harjono Wirasatya"
    assert "Wirasatya" in people.variants("Harjono Wirasatya")
    assert people.variants("Wirasatya") == people.variants("Harjono Wirasatya")


def test_given_name_alone_names_no_one_another_article_wrote_in_full() -> None:
    # a "Sulastri" at a village office is not the "Sulastri Maharani Dewi" of another story
    people = PeopleIndex.from_articles([article("b1", ["Sulastri Maharani Dewi"]), article("b2", ["Sulastri"])])
    assert people.canonical("Sulastri") == "Sulastri"
    assert "Sulastri" in people.variants("Sulastri Maharani Dewi")  # a search still finds every Sulastri


def test_given_name_alone_joins_the_one_speaker_it_starts() -> None:
    people = PeopleIndex.from_articles(
        [
            article("b3", ["Sulastri Maharani Dewi"], speakers=("Sulastri Maharani Dewi",)),
            article("b4", ["Sulastri"]),
        ]
    )
    assert people.canonical("Sulastri") == "Sulastri Maharani Dewi"


def test_a_middle_word_alone_names_no_one() -> None:
    people = PeopleIndex.from_articles([article("c1", ["Sulastri Maharani Dewi"]), article("c2", ["Maharani"])])
    assert people.canonical("Maharani") == "Maharani"


def test_a_word_two_people_share_stays_apart() -> None:
    people = PeopleIndex.from_articles(
        [article("d1", ["Bagas Nugraha"]), article("d2", ["Tirta Nugraha"]), article("d3", ["Nugraha"])]
    )
    assert people.canonical("Nugraha") == "Nugraha"
    assert "Nugraha" not in people.variants("Bagas Nugraha")
    assert "Nugraha" not in people.variants("Tirta Nugraha")


def test_a_shared_word_goes_to_the_person_its_own_article_names() -> None:
    people = PeopleIndex.from_articles(
        [
            article("e1", ["Bagas Nugraha"]),
            article("e2", ["Tirta Nugraha"]),
            # the recogniser kept the surname apart from the full name written in the same article
            Article(
                "e3",
                "e3.txt",
                body="Tirta Nugraha datang. Nugraha bicara.",
                entities=[
                    Entity("Tirta Nugraha", EntityType.PERSON, [Mention(0, 13, "Tirta Nugraha")]),
                    Entity("Nugraha", EntityType.PERSON, [Mention(22, 29, "Nugraha")]),
                ],
            ),
        ]
    )
    assert people.canonical("Nugraha") == "Tirta Nugraha"


def test_short_name_indexed_before_or_after_the_long_one() -> None:
    short, long = article("f1", ["Wirasatya"], speakers=("Wirasatya",)), article("f2", ["Harjono Wirasatya"])
    before = PeopleIndex()
    before.add([short])
    assert before.canonical("Wirasatya") == "Wirasatya"
    before.add([long])
    after = PeopleIndex()
    after.add([long])
    after.add([short])
    for people in (before, after):
        assert people.canonical("Wirasatya") == "Harjono Wirasatya"
        assert people.variants("Wirasatya") == people.variants("Harjono Wirasatya")


def test_a_second_owner_arriving_later_makes_the_short_name_ambiguous() -> None:
    people = PeopleIndex()
    people.add([article("g1", ["Harjono Wirasatya"]), article("g2", ["Wirasatya"])])
    assert people.canonical("Wirasatya") == "Harjono Wirasatya"
    people.add([article("g3", ["Melati Wirasatya"])])
    assert people.canonical("Wirasatya") == "Wirasatya"
    people.remove(["g3"])
    assert people.canonical("Wirasatya") == "Harjono Wirasatya"
