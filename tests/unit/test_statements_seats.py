"""Where an office sits is no person: ``Sukamaju`` of ``Kapolres Sukamaju, AKBP Fulan``
(made-up text)."""

from __future__ import annotations

import re

from kutip.index.models import Entity, EntityType, Mention
from kutip.index.statements.names import NameBook


def _person(body: str, name: str) -> Entity:
    spans = [Mention(m.start(), m.end(), name) for m in re.finditer(re.escape(name), body)]
    return Entity(name, EntityType.PERSON, spans)


def test_a_place_of_an_office_is_no_person_but_a_person_named_alone_too_is() -> None:
    """``Kapolres Sukamaju, AKBP Fulan``: Sukamaju is where the office sits; ``Jubir Hendra
    Wijaya, Gilang Saputra`` names Hendra Wijaya's office, yet he is written alone later."""
    seat = "Kapolres Sukamaju, AKBP Fulan Hidayat merilis dua tersangka.\nKapolres Sukamaju mengatakan itu.\n"
    book = NameBook(seat, [_person(seat, "Sukamaju"), _person(seat, "Fulan Hidayat")])
    assert book.seats() == {("sukamaju",)}
    assert not book.is_person("Sukamaju") and book.is_person("Fulan Hidayat")
    both = "Jubir Hendra Wijaya, Gilang Saputra, membenarkan kunjungan.\nHendra Wijaya tiba Selasa.\n"
    book = NameBook(both, [_person(both, "Hendra Wijaya"), _person(both, "Gilang Saputra")])
    assert book.seats() == {("hendra", "wijaya")}
    assert book.is_person("Hendra Wijaya")
