"""Archive-wide people: nicknames, aliases, shared surnames, misspellings, roles, increments.

Every name and article here is made up for the tests (the nickname list's public figures aside).
"""

from __future__ import annotations

from pathlib import Path

from kutip.index.docstore import DocStore
from kutip.index.models import Article, Entity, EntityType, Mention, Statement
from kutip.index.people import PeopleIndex, canonical, resolve_role, resolve_speaker, update_people, variants


def article(
    aid: str,
    persons: dict[str, list[str]],
    date: str = "",
    speakers: list[tuple[str, str | None]] | None = None,
    body: str = "",
) -> Article:
    """An analysed article: person name -> its other forms, and (speaker, role) statements."""
    entities = []
    for name, aliases in persons.items():
        mentions = []
        for form in (name, *aliases):
            at = body.find(form)
            if at >= 0:
                mentions.append(Mention(at, at + len(form), form))
        entities.append(Entity(name, EntityType.PERSON, mentions or [Mention(0, 0, name)], list(aliases)))
    statements = [
        Statement(f"{aid}:{n}", aid, "teks", "direct", 0, 4, speaker=speaker, role=role)
        for n, (speaker, role) in enumerate(speakers or [])
    ]
    return Article(aid, f"{aid}.txt", date=date, body=body, entities=entities, statements=statements)


def test_nickname_full_name_and_surname_are_one_person() -> None:
    people = PeopleIndex.from_articles(
        [
            article("a1", {"Joko Widodo": ["Widodo"]}, speakers=[("Joko Widodo", None)]),
            article("a2", {"Jokowi": []}, speakers=[("Jokowi", None)]),
            article("a3", {"Widodo": []}, speakers=[("Widodo", None)]),
            article("a4", {"Presiden Joko Widodo": []}),
        ]
    )
    assert {people.canonical(n) for n in ("Jokowi", "Joko Widodo", "Widodo", "Pak Jokowi")} == {"Joko Widodo"}
    assert people.variants("Jokowi") == people.variants("Joko Widodo")
    assert {"Joko Widodo", "Jokowi", "Widodo", "Presiden Joko Widodo"} <= set(people.variants("Jokowi"))


def test_alias_defined_in_one_article_applies_archive_wide() -> None:
    people = PeopleIndex.from_articles(
        [
            article("b1", {"Wiratmoko Adiputra": ["Momo", "Wiratmoko"]}),
            article("b2", {"Momo": []}, speakers=[("Momo", None)]),
            article("b3", {"Laras Ningtyas": []}),
        ]
    )
    assert people.canonical("Momo") == "Wiratmoko Adiputra"
    assert "Momo" in people.variants("Wiratmoko Adiputra")
    assert people.canonical("Laras Ningtyas") == "Laras Ningtyas"


def test_a_surname_shared_by_two_people_is_never_merged() -> None:
    people = PeopleIndex.from_articles(
        [
            article("c1", {"Budi Santoso": ["Santoso"]}),
            article("c2", {"Agus Santoso": ["Santoso"]}),
            article("c3", {"Santoso": []}, speakers=[("Santoso", None)]),
            article("c4", {"Rudi Hartono": []}),
            article("c5", {"Dewi Hartono": []}),
            article("c6", {"Hartono": []}),
        ]
    )
    assert people.canonical("Budi Santoso") == "Budi Santoso"
    assert people.canonical("Agus Santoso") == "Agus Santoso"
    assert people.canonical("Santoso") == "Santoso"
    assert people.canonical("Hartono") == "Hartono"
    assert "Agus Santoso" not in people.variants("Budi Santoso")
    assert people.variants("Santoso") == ["Santoso"]


def test_a_misspelt_long_name_is_merged_into_the_better_attested_spelling() -> None:
    people = PeopleIndex.from_articles(
        [
            article("d1", {"Hendrawan Setiabudhi": []}),
            article("d2", {"Hendrawan Setiabudhi": []}),
            article("d3", {"Hendrawan Setiabudi": []}, speakers=[("Hendrawan Setiabudi", None)]),
            article("d4", {"Dedi Kurniawan": []}),
            article("d5", {"Dodi Kurniawan": []}),
        ]
    )
    assert people.canonical("Hendrawan Setiabudi") == "Hendrawan Setiabudhi"
    assert "Hendrawan Setiabudi" in people.variants("Hendrawan Setiabudhi")
    assert people.canonical("Dodi Kurniawan") == "Dodi Kurniawan"


def test_a_short_full_name_joins_its_only_longer_form() -> None:
    people = PeopleIndex.from_articles(
        [
            article("e1", {"Ratna Kusumawardani": []}),
            article("e2", {"Ratna Kusumawardani Putri": []}),
            article("e3", {"Ratna Kusumawardani Putri": []}),
        ]
    )
    assert people.canonical("Ratna Kusumawardani") == "Ratna Kusumawardani Putri"


def test_role_resolves_to_the_person_named_in_it_around_that_date() -> None:
    body = "Menteri Keuangan Ratna Kusumawardani mengatakan anggaran aman."
    people = PeopleIndex.from_articles(
        [
            article("f1", {"Ratna Kusumawardani": []}, "2024-03-01", [("Ratna Kusumawardani", "Menkeu")]),
            article("f2", {"Ratna Kusumawardani": []}, "2024-03-10", body=body),
            article("f3", {"Bambang Irawan": []}, "2025-06-02", [("Bambang Irawan", "finance minister")]),
        ]
    )
    assert people.resolve_role("Menkeu", "2024-03-06") == "Ratna Kusumawardani"
    assert people.resolve_role("Menteri Keuangan", "2024-05-20") == "Ratna Kusumawardani"
    assert people.resolve_role("Menkeu", "2025-06-01") == "Bambang Irawan"
    assert people.resolve_role("Menkeu", "2024-12-01") is None  # both within the widest window
    assert people.resolve_role("Menteri Perdagangan", "2024-03-06") is None
    assert resolve_speaker(people.db, "Menkeu", "2024-03-06") == "Ratna Kusumawardani"
    assert resolve_speaker(people.db, "Ratna", "2024-03-06") == "Ratna Kusumawardani"
    assert resolve_speaker(people.db, "Fulan", "2024-03-06") is None
    people.add([article("f4", {"Bambang Irawan": []}, "2024-03-05", [("Bambang Irawan", "Menteri Keuangan")])])
    assert people.resolve_role("Menkeu", "2024-03-06") is None  # two people named in the role: unsure


def test_adding_and_removing_articles_updates_the_answers() -> None:
    people = PeopleIndex.from_articles(
        [article("g1", {"Joko Widodo": ["Widodo"]}), article("g2", {"Widodo": []}, speakers=[("Widodo", None)])]
    )
    assert people.canonical("Widodo") == "Joko Widodo"
    people.add([article("g3", {"Budi Widodo": ["Widodo"]})])
    assert people.canonical("Widodo") == "Widodo"
    people.remove(["g3"])
    assert people.canonical("Widodo") == "Joko Widodo"
    people.remove(["g1"])
    assert "Joko Widodo" not in people.variants("Widodo")
    people.add([article("g4", {"Hendrawan Setiabudi": []}), article("g5", {"Hendrawan Setiabudhi": []})])
    assert people.canonical("Hendrawan Setiabudi") == people.canonical("Hendrawan Setiabudhi")
    people.remove(["g5"])
    assert people.canonical("Hendrawan Setiabudi") == "Hendrawan Setiabudi"
    assert people.persons() == {"Hendrawan Setiabudi": ["Hendrawan Setiabudi"]}


def test_reindexing_an_article_replaces_its_evidence() -> None:
    people = PeopleIndex.from_articles([article("h1", {"Laras Ningtyas": ["Laras"]})])
    people.add([article("h1", {"Laras Ningtyas Wulan": ["Laras"]})])
    assert people.persons() == {"Laras Ningtyas Wulan": ["Laras Ningtyas Wulan"]}


def test_canonical_choice_is_stable_whatever_the_order() -> None:
    articles = [
        article("i1", {"Hendrawan Setiabudhi": []}),
        article("i2", {"Hendrawan Setiabudi": []}),
        article("i3", {"Sri Mulyani": []}),
        article("i4", {"Sri Mulyani Indrawati": []}),
    ]
    forward = PeopleIndex.from_articles(articles).persons()
    backward = PeopleIndex()
    for one in reversed(articles):
        backward.add([one])
    assert forward == backward.persons()
    assert forward["Sri Mulyani Indrawati"] == ["Sri Mulyani", "Sri Mulyani Indrawati"]


def test_tables_live_in_the_document_store(tmp_path: Path) -> None:
    store = DocStore(tmp_path / "kutip.sqlite3")
    first = [article("j1", {"Joko Widodo": []}), article("j2", {"Jokowi": []}, speakers=[("Jokowi", None)])]
    with store.transaction() as db:
        update_people(db, first, [])
    db = store.connection()
    assert canonical(db, "Jokowi") == "Joko Widodo"
    assert set(variants(db, "Joko Widodo")) == {"Joko Widodo", "Jokowi"}
    with store.transaction() as db:
        update_people(db, [], ["j2"])
    assert variants(store.connection(), "Joko Widodo") == ["Joko Widodo"]
    assert resolve_role(store.connection(), "Menkeu", "2024-01-01") is None
    store.close()


def test_two_well_attested_spellings_are_two_people() -> None:
    people = PeopleIndex.from_articles(
        [article(f"k{n}", {"Budi Santoso": []}) for n in range(3)]
        + [article(f"l{n}", {"Budi Santosa": []}) for n in range(3)]
    )
    assert people.canonical("Budi Santosa") == "Budi Santosa"
    assert people.canonical("Budi Santoso") == "Budi Santoso"


def test_a_misspelling_between_two_people_joins_neither() -> None:
    people = PeopleIndex.from_articles(
        [article(f"m{n}", {"Hendrawan Setiabudi": []}) for n in range(3)]
        + [article(f"n{n}", {"Hendrawan Setiabadi": []}) for n in range(3)]
        + [article("o1", {"Hendrawan Setiabdi": []})]
    )
    assert people.canonical("Hendrawan Setiabdi") == "Hendrawan Setiabdi"
    assert people.canonical("Hendrawan Setiabudi") == "Hendrawan Setiabudi"


def test_definitions_in_the_text_join_a_nickname_of_several_words() -> None:
    body = "Gubernur Ratna Kusumawardani, yang akrab disapa Bunda Ratu, meninjau pasar."
    defined = article("p1", {"Ratna Kusumawardani": [], "Bunda Ratu": []}, body=body)
    elsewhere = article("p2", {"Bunda Ratu": []}, speakers=[("Bunda Ratu", None)])
    people = PeopleIndex.from_articles([defined, elsewhere])
    assert people.canonical("Bunda Ratu") == "Ratna Kusumawardani"
    assert "Bunda Ratu" in people.variants("Ratna Kusumawardani")
    body = "Fufu, sapaan akrab Fulan Wibisono, tiba pagi ini."
    people.add([article("p3", {"Fulan Wibisono": [], "Fufu": []}, body=body), article("p4", {"Fufu": []})])
    assert people.canonical("Fufu") == "Fulan Wibisono"


def test_query_terms_naming_a_person_are_widened_to_all_their_names() -> None:
    from kutip.index.people.query import expand_query

    people = PeopleIndex.from_articles(
        [article("q1", {"Joko Widodo": []}), article("q2", {"Jokowi": []}), article("q3", {"Laras Ningtyas": []})]
    )
    widened = expand_query(people.db, "banjir speaker:Jokowi kind:direct")
    assert widened == 'banjir (speaker:Jokowi OR speaker:"Joko Widodo") kind:direct'
    assert expand_query(people.db, 'person:"Joko Widodo"') == '(person:"Joko Widodo" OR person:"Jokowi")'
    assert expand_query(people.db, "person:Laras") == '(person:Laras OR person:"Laras Ningtyas")'
    assert expand_query(people.db, "person:Santoso") == "person:Santoso"


def test_a_listed_nickname_stays_apart_when_the_archive_uses_it_for_someone_else() -> None:
    people = PeopleIndex.from_articles([article("r1", {"Ridwan Kamil": []}), article("r2", {"Emil": []})])
    assert people.canonical("Emil") == "Ridwan Kamil"
    people.add([article("r3", {"Emil Dardak": ["Emil"]})])
    assert people.canonical("Emil") == "Emil"
    assert people.canonical("Kang Emil") == "Kang Emil"  # unsure: left as written


def test_a_short_name_joins_a_longer_one_spelt_a_letter_apart() -> None:
    people = PeopleIndex.from_articles(
        [
            article("s1", {"Hendra Kusnadi": []}),
            article("s2", {"Hendra Kusnadi": []}),
            article("s3", {"Hendra Wijaya Kusnaedi": []}),
            article("s4", {"Lalu Hendra Kusnadi": []}),  # a title of nobility, not another given name
        ]
    )
    assert people.canonical("Hendra Wijaya Kusnaedi") == "Hendra Kusnadi"
    assert people.canonical("Lalu Hendra Kusnadi") == "Hendra Kusnadi"
    people.remove(["s3"])
    assert people.canonical("Hendra Wijaya Kusnaedi") == "Hendra Wijaya Kusnaedi"


def test_a_person_that_splits_leaves_no_stale_name_behind() -> None:
    people = PeopleIndex.from_articles(
        [article(f"t{n}", {"Ratna Kusumawardani": []}) for n in range(3)]
        + [article("t9", {"Ratna Kusumawardani Putri": []})]
    )
    assert people.canonical("Ratna Kusumawardani Putri") == "Ratna Kusumawardani"
    people.add([article("u1", {"Ratna Kusumawardani Sari": []})])  # now two longer names contain it
    assert people.canonical("Ratna Kusumawardani Putri") == "Ratna Kusumawardani Putri"
    assert people.canonical("Ratna Kusumawardani") == "Ratna Kusumawardani"
    people.remove(["u1"])
    assert people.canonical("Ratna Kusumawardani Putri") == "Ratna Kusumawardani"


def test_an_archive_without_the_tables_knows_no_one_and_is_not_written() -> None:
    import sqlite3

    db = sqlite3.connect(":memory:")
    assert canonical(db, "Jokowi") == "Jokowi"
    assert variants(db, "Jokowi") == ["Jokowi"]
    assert resolve_role(db, "Menkeu", "2024-01-01") is None
    assert db.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] == 0
