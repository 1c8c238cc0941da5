"""A wife named by her given name and her husband's full name (made-up sentences, a listed figure)."""

from __future__ import annotations

from kutip.index.entities import recognise
from kutip.index.models import EntityType


def _persons(body: str) -> dict[str, int]:
    return {e.name: len(e.mentions) for e in recognise(body, "id") if e.type is EntityType.PERSON}


def test_a_titled_wife_is_not_her_husband() -> None:
    body = (
        "Presiden Joko Widodo meresmikan pasar baru di Sukamaju, Senin (3/2). "
        "Jokowi didampingi Ibu Negara Sarinah Joko Widodo dan beberapa menteri. "
        '"Pasar ini milik warga," kata Jokowi.'
    )
    persons = _persons(body)
    assert persons.get("Sarinah Joko Widodo") == 1
    assert persons.get("Joko Widodo", 0) >= 2


def test_without_a_wife_s_title_the_longer_name_stays_one_person() -> None:
    body = (
        "Presiden Joko Widodo meresmikan pasar baru di Sukamaju, Senin (3/2). "
        "Warga menyambut Joko Widodo di gerbang pasar."
    )
    assert list(_persons(body)) == ["Joko Widodo"]
