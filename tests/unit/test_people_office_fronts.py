"""An office or body written before a name is no part of the person's key or shown name, while a
form of address that belongs to the name ("Lalu") stays in the name shown (made-up names)."""

from __future__ import annotations

from kutip.index.people import shown_name
from kutip.index.people.names import key_of


def test_an_office_before_a_name_is_not_in_its_key() -> None:
    assert key_of("House Speaker Rina Marlina") == "rina marlina"
    assert key_of("Speaker Rina Marlina") == "rina marlina"
    assert key_of("Ketua DPR Rina Marlina") == "rina marlina"
    assert key_of("Agung Fulan Hidayat") == "agung fulan hidayat"  # a role word that is a given name


def test_the_canonical_name_replaces_a_name_with_an_office_before_it() -> None:
    assert shown_name("House Speaker Rina Marlina", "Rina Marlina") == "Rina Marlina"
    assert shown_name("Lalu Fulan Hidayat", "Fulan Hidayat") == "Lalu Fulan Hidayat"
