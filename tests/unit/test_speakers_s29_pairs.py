"""Session 29, a ticket written as one name (made-up text): ``Quick Count Fulan-Badu`` read as
one person owned every bare ``Fulan`` of the article; it is two people (statements/pairs.py)."""

from __future__ import annotations

from kutip.index.entities import recognise
from kutip.index.statements import extract_statements
from kutip.index.statements.pairs import is_pair


def _speakers(body: str, lang: str) -> list[str | None]:
    found = extract_statements("t", body, lang, recognise(body, lang))
    return [s.speaker for s in found if s.kind == "direct"]


def test_a_ticket_taken_for_a_person_leaves_the_short_name_to_its_holder() -> None:
    body = (
        "Presidential candidate Fulan Hidayat and his running mate Badu Santoso spoke to supporters "
        "on Wednesday.\n\n"
        "According to the Quick Count Fulan-Badu, the pair won 52.2 percent of the vote in the capital.\n\n"
        "\u201cThe results at five thousand polling stations show that we won clearly,\u201d Fulan said "
        "at his residence.\n"
    )
    assert _speakers(body, "en") == ["Fulan Hidayat"]


def test_a_half_may_be_the_start_of_a_word_of_the_name() -> None:
    assert is_pair(["Tim", "Fulan-Sandi"], ["Fulan Hidayat", "Sandiaga Santoso"])


def test_a_hyphenated_surname_is_one_person() -> None:
    # both halves are the same word of the same other person: no second person
    assert not is_pair(["Rudi", "Butar-Butar"], ["Jantro Butar-Butar"])
    assert not is_pair(["Rudi", "Butar-Butar"], ["Fulan Hidayat"])


def test_a_place_pair_names_no_one() -> None:
    assert not is_pair(["Jakarta-Bandung"], ["Fulan Hidayat", "Badu Santoso"])


def test_two_halves_of_one_person_are_no_pair() -> None:
    assert not is_pair(["Fulan-Hidayat"], ["Fulan Hidayat"])
