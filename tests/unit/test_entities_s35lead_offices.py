"""English offices written out before an official's name end where the name starts (issue 9, lead,
session 35): "Director General of Customs and Excise Fulan" names Fulan, not "Excise Fulan", as
person and as speaker. Made-up sentences."""

from __future__ import annotations

from kutip.index.entities.recognise import recognise
from kutip.index.models import EntityType
from kutip.index.statements.extract import extract_statements

BODY = (
    "Customs chief warns smugglers\n\n"
    "JAKARTA - Indonesia will tighten checks at small ports, officials said on Monday.\n\n"
    '"We will close the illegal ports one by one," said Director General of Customs and Excise '
    "Suharyono at a press conference.\n\n"
    '"The budget is enough for this year," Minister of Public Works and Housing Hartanto told reporters.\n\n'
    '"This case has saddened me," said Minister for State-Owned Enterprises Wiranto.\n\n'
    '"Growth will stay above five percent," Finance Minister Sri Wahyuni said.\n'
)


def _persons(body: str) -> list[str]:
    return [e.name for e in recognise(body, "en") if e.type is EntityType.PERSON]


def test_the_office_words_before_a_one_word_name_are_no_part_of_it() -> None:
    assert _persons(BODY) == ["Suharyono", "Hartanto", "Wiranto", "Sri Wahyuni"]


def test_the_speakers_are_the_officials_not_their_offices_last_words() -> None:
    entities = recognise(BODY, "en")
    speakers = [s.speaker for s in extract_statements("a", BODY, "en", entities) if s.kind == "direct"]
    assert speakers == ["Suharyono", "Hartanto", "Wiranto", "Sri Wahyuni"]


def test_a_given_name_that_is_an_english_word_stays() -> None:
    body = '"We are ready," said Minister of Tourism Grace Hartono. Hartono spoke in Bali.\n'
    assert _persons(body) == ["Grace Hartono"]


def test_a_name_that_opens_its_run_keeps_every_word() -> None:
    body = '"We are ready," Hope Santoso told reporters after the Board meeting.\n'
    assert "Santoso" not in _persons(body)  # the run opens the sentence: nothing stands before it


def test_a_balinese_particle_after_an_office_stays() -> None:
    body = '"We will see," said Garuda President Director I Gusti Ngurah Wirata. Wirata spoke in Bali.\n'
    assert "I Gusti Ngurah Wirata" in _persons(body)
