"""Short forms of a person named in full in the same article (made-up names and sentences)."""

from __future__ import annotations

from kutip.index.entities import recognise
from kutip.index.entities.short_forms import fold_short_forms, is_shorter_form
from kutip.index.models import Entity, EntityType, Mention


def _person(name: str, start: int) -> Entity:
    return Entity(name, EntityType.PERSON, [Mention(start, start + len(name), name)])


def test_a_name_without_its_middle_name_is_a_short_form() -> None:
    assert is_shorter_form(["darmo", "wiryono"], ["darmo", "santosa", "wiryono"])
    assert is_shorter_form(["darmo", "santosa"], ["darmo", "santosa", "wiryono"])


def test_a_nickname_is_the_start_of_the_given_name() -> None:
    assert is_shorter_form(["darm", "wiryono"], ["darmoko", "santosa", "wiryono"])
    assert is_shorter_form(["darm", "wiryono"], ["darmoko", "wiryono"])


def test_another_given_name_or_a_short_nickname_is_no_short_form() -> None:
    assert not is_shorter_form(["sari", "wiryono"], ["darmo", "wiryono"])  # his wife, his family name
    assert not is_shorter_form(["darmo", "wiryono"], ["sari", "darmo", "wiryono"])  # her, named by his name
    assert not is_shorter_form(["dar", "wiryono"], ["darmoko", "wiryono"])  # three letters: too short to tell
    assert not is_shorter_form(["darm"], ["darmoko", "wiryono"])  # a nickname alone may be someone else
    assert not is_shorter_form(["darm", "santosa"], ["darmoko", "wiryono"])  # another family name


def test_short_forms_fold_into_the_one_full_name() -> None:
    full = _person("Darmoko Santosa Wiryono", 0)
    entities = [
        full,
        _person("Darmoko Wiryono", 40),
        _person("Darm Wiryono", 80),
        _person("Sari Lestari", 95),
    ]
    kept = fold_short_forms(entities)
    assert [e.name for e in kept] == ["Darmoko Santosa Wiryono", "Sari Lestari"]
    assert [m.start for m in full.mentions] == [0, 40, 80]
    assert full.aliases == ["Darmoko Wiryono", "Darm Wiryono"]


def test_a_short_form_two_full_names_could_mean_stays() -> None:
    entities = [
        _person("Darmo Santosa Wiryono", 0),
        _person("Darmo Lesmana Wiryono", 30),
        _person("Darmo Wiryono", 60),
    ]
    assert len(fold_short_forms(entities)) == 3


def test_an_article_lists_a_minister_once_under_every_form() -> None:
    body = (
        "Menteri Perikanan Darmoko Santosa Wiryono meninjau pelabuhan di Sukamaju, Senin (3/2). "
        "Darmoko Wiryono mengatakan kapal nelayan akan diperbaiki tahun ini. "
        '"Kami siapkan anggarannya," kata Darmo Wiryono kepada wartawan.'
    )
    persons = [e for e in recognise(body, "id") if e.type is EntityType.PERSON]
    assert [e.name for e in persons] == ["Darmoko Santosa Wiryono"]
