"""English bodies: a Title Case run of ordinary English words with no cue is no person (made-up text)."""

from __future__ import annotations

from kutip.index.entities import recognise
from kutip.index.entities.english_names import ordinary_english_name
from kutip.index.models import EntityType

PERSON = EntityType.PERSON


def persons(body: str) -> set[str]:
    return {e.name for e in recognise(body, "en") if e.type is PERSON}


def test_a_record_in_title_case_is_no_person() -> None:
    assert persons("The swimmer set an Olympic Record on Monday in the heats.") == set()


def test_a_product_label_in_title_case_is_no_person() -> None:
    assert persons("The company sells Fresh Water Pumps to farmers.") == set()


def test_the_label_goes_and_the_person_beside_it_stays() -> None:
    body = "The swimmer Thomas Rendall set an Olympic Record on Monday, Thomas Rendall said."
    assert persons(body) == {"Thomas Rendall"}


def test_only_ordinary_words_without_a_given_name_make_a_label() -> None:
    assert ordinary_english_name("Flight Data Recorder")
    assert ordinary_english_name("Olympic Record")
    assert not ordinary_english_name("Thomas Price")  # a given name: a person's name
    assert not ordinary_english_name("Fulan Badu")  # words of its own
    assert not ordinary_english_name("Record 2024")  # a number is no English word here
