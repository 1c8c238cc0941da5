"""One rule for "the same person" in `kutip entities`, the entities pane and the speakers
(made-up names)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

import pytest

from kutip.index import people
from kutip.index.archive import listing
from kutip.index.models import Entity, EntityType, Mention
from kutip.index.people import one_per_person, shown_name
from kutip.index.views.entity_groups import merge_people


def _person(name: str, *starts: int) -> Entity:
    return Entity(name, EntityType.PERSON, [Mention(s, s + len(name), name) for s in starts])


def test_a_canonical_that_only_drops_written_words_does_not_replace_them() -> None:
    assert shown_name("Lalu Fulan Hidayat", "Fulan Hidayat") == "Lalu Fulan Hidayat"
    assert shown_name("Ulan", "Fulan Hidayat") == "Fulan Hidayat"


def test_a_canonical_spelt_otherwise_is_shown_even_when_shorter() -> None:
    assert shown_name("Fulan Wahyu Hidajat", "Fulan Hidayat") == "Fulan Hidayat"


def test_one_row_per_person_with_every_mention_and_spelling() -> None:
    full, short = _person("Fulan Hidayat", 0), _person("Ulan", 40, 90)
    other = _person("Badu Santosa", 60)
    canonical = {"Ulan": "Fulan Hidayat"}
    merged = one_per_person([full, short, other], canonical)
    assert [e.name for e in merged] == ["Fulan Hidayat", "Badu Santosa"]
    assert merged[0].aliases == ["Ulan"]
    assert [m.start for m in merged[0].mentions] == [0, 40, 90]
    assert merged[1] is other


def test_a_person_alone_under_a_fuller_written_name_is_unchanged() -> None:
    full = _person("Lalu Fulan Hidayat", 0)
    assert one_per_person([full], {"Lalu Fulan Hidayat": "Fulan Hidayat"}) == [full]


def test_the_entities_list_and_the_pane_merge_alike(monkeypatch: pytest.MonkeyPatch) -> None:
    canonical = {"Ulan": "Fulan Hidayat", "Fulan Wahyu Hidajat": "Fulan Hidayat", "Lalu Badu": "Badu"}

    def names(_db: sqlite3.Connection, written: Iterable[str]) -> dict[str, str]:
        return {w: canonical.get(w, w) for w in written}

    monkeypatch.setattr(people, "canonical_names", names)
    org = Entity("Dinas Pasar", EntityType.ORGANIZATION, [Mention(5, 16, "Dinas Pasar")])
    entities = [_person("Ulan", 0), org, _person("Fulan Wahyu Hidajat", 30), _person("Lalu Badu", 60)]
    listed = listing._by_person(sqlite3.connect(":memory:"), entities)
    pane = merge_people([e for e in entities if e.type is EntityType.PERSON], canonical)
    assert [e for e in listed if e.type is EntityType.PERSON] == pane
    assert [e.name for e in listed] == ["Fulan Hidayat", "Dinas Pasar", "Lalu Badu"]


def test_a_listed_name_gives_way_to_its_fuller_form_written_as_often(monkeypatch: pytest.MonkeyPatch) -> None:
    from kutip.index.people import groups
    from kutip.index.people.store import NameInfo

    monkeypatch.setattr(groups, "listed", lambda key: "Fulan Santoso" if key.startswith("fulan") else None)
    short = NameInfo("fulan santoso", "Fulan Santoso", 2, 5, "", "")
    full = NameInfo("fulan badu santoso", "Fulan Badu Santoso", 3, 4, "", "")
    rare = NameInfo("fulan badu santoso", "Fulan Badu Santoso", 3, 1, "", "")
    db = sqlite3.connect(":memory:")
    assert groups._canonical(db, {short.key: short, full.key: full}) == (full.key, "Fulan Badu Santoso")
    assert groups._canonical(db, {short.key: short, rare.key: rare}) == (short.key, "Fulan Santoso")
