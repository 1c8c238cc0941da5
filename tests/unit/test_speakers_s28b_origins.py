"""Session 28 (b), a description by a place (made-up text): 'the Texas native said' is the person the
article wrote as from that place or its country ('American Fulan'), not the place and not whoever
spoke last; a nationality written before a name is no word of that name."""

from __future__ import annotations

from kutip.index.entities import recognise
from kutip.index.statements import extract_statements
from kutip.index.statements.origins import description_origins, origin_word


def _speakers(body: str, lang: str = "en") -> list[str | None]:
    return [s.speaker for s in extract_statements("t", body, lang, recognise(body, lang))]


def _race(description: str) -> str:
    return (
        "Indonesian Fulan Hidayat won the final of the men's sprint on Sunday, while American Badu "
        "Santoso took the bronze medal.\n\n"
        '"I feel very happy today," Hidayat said.\n\n'
        "In a cruel twist for Santoso, his best run came in the last race, when he beat Rudi Hartono.\n\n"
        f'"I was still disappointed at that point," the {description} said.\n\n'
        '"But the record is a very cool thing."\n'
    )


def test_a_place_description_is_the_person_from_that_country() -> None:
    assert _speakers(_race("Texas native")) == ["Fulan Hidayat", "Badu Santoso", "Badu Santoso"]
    assert _speakers(_race("Ohio lawmaker"))[1] == "Badu Santoso"


def test_a_nationality_before_a_name_is_not_part_of_it() -> None:
    speakers = _speakers(_race("Texas native"))
    assert "American Badu Santoso" not in speakers and "Indonesian Fulan Hidayat" not in speakers
    assert origin_word("American") and origin_word("Indonesia's") and not origin_word("Fulan")


def test_the_origins_of_a_description() -> None:
    assert {"texas", "american", "united states"} <= description_origins(("texas", "native"))
    assert description_origins(("veteran",)) == frozenset()
