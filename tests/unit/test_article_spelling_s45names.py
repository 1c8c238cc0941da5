"""Session 45, a page's own spelling of a person (made-up names): the archive keeps one person, but
an article that writes the name in the old or the new spelling is listed by its own."""

from __future__ import annotations

from kutip.index.language import spelt_alike
from kutip.index.models import Entity, EntityType, Mention
from kutip.index.people import article_name, one_per_person


def _person(name: str, start: int) -> Entity:
    return Entity(name, EntityType.PERSON, [Mention(start, start + len(name), name)])


def test_the_old_and_the_new_spelling_are_spelt_alike() -> None:
    assert spelt_alike(["soedarmo"], ["sudarmo"])
    assert spelt_alike(["fulan", "djoyosentono"], ["fulan", "joyosentono"])
    assert spelt_alike(["badu", "tjahjadi"], ["badu", "cahjadi"])


def test_a_slip_a_doubled_letter_another_name_or_length_is_not_spelt_alike() -> None:
    assert not spelt_alike(["badu", "muhamad"], ["badu", "muhammad"])
    assert not spelt_alike(["fulan", "hidajat"], ["fulan", "hidayat"])
    assert not spelt_alike(["rudi", "setiawan"], ["rudi", "setyawan"])
    assert not spelt_alike(["soedarmo"], ["soedarmo", "wibowo"])
    assert not spelt_alike(["fulan", "hidayat"], ["fulan", "hidayat"])


def test_the_article_shows_its_own_spelling_of_the_archives_person() -> None:
    assert article_name("Soedarmo", "Sudarmo") == "Soedarmo"
    assert article_name("Fulan Djoyosentono", "Fulan Joyosentono") == "Fulan Djoyosentono"
    assert article_name("Fulan Wahyu Hidajat", "Fulan Hidayat") == "Fulan Hidayat"  # the archive's
    assert article_name("Rudi Setiawan", "Rudi Setyawan") == "Rudi Setyawan"


def test_the_entities_list_keeps_the_articles_spelling_of_one_person() -> None:
    canonical = {"Soedarmo": "Sudarmo", "Badu Soedarmo": "Sudarmo"}
    merged = one_per_person([_person("Soedarmo", 0), _person("Soedarmo", 30)], canonical)
    assert [e.name for e in merged] == ["Soedarmo"]
    assert [m.start for m in merged[0].mentions] == [0, 30]
