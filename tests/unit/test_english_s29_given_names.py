"""English bodies: a run opening with a common given name is a person with no cue (made-up text).

The tagger learnt Indonesian and is not run on English bodies as a whole, so a name in
object position, in a list or in a caption had nothing but its capitals.
"""

from __future__ import annotations

from kutip.index.entities import recognise
from kutip.index.entities.english_names import given_name_run
from kutip.index.language import tokenize
from kutip.index.models import EntityType

PERSON = EntityType.PERSON


def persons(body: str, lang: str = "en") -> set[str]:
    return {e.name for e in recognise(body, lang) if e.type is PERSON}


def test_a_name_in_object_position_is_a_person() -> None:
    assert "Fajar Alfiansyah" in persons("The champion beat Fajar Alfiansyah in the final.")
    assert "Anthony Badu" in persons("He lost to Anthony Badu in straight games.")


def test_a_compatriot_beaten_in_a_score_line_is_a_person() -> None:
    body = "Indonesia's Fulan Hidayat beat compatriot Anthony Badu 21-15, 21-14 in the second round."
    assert {"Fulan Hidayat", "Anthony Badu"} <= persons(body)


def test_a_caption_name_before_a_credit_is_a_person() -> None:
    body = "Tournament runner-up Anthony Sinaga Tambunan. PHOTO: AFP"
    assert "Anthony Sinaga Tambunan" in persons(body)


def test_both_names_of_a_pair_are_persons() -> None:
    body = "The men's doubles pair of Fajar Alfiansyah and Daniel Badu retained their title."
    assert {"Fajar Alfiansyah", "Daniel Badu"} <= persons(body)
    body = "Indonesia's men's doubles with Fajar Alfiansyah and Daniel Badu retaining their title, it was a good day."
    assert {"Fajar Alfiansyah", "Daniel Badu"} <= persons(body)


def test_world_given_names_open_persons() -> None:
    body = "The ministers welcomed Thomas Rendall, Ahmed Qureshi and Priya Raman to the talks."
    assert {"Thomas Rendall", "Ahmed Qureshi", "Priya Raman"} <= persons(body)


def _run(body: str, first: int, last: int) -> bool:
    return given_name_run(tokenize(body), first, last)


def test_a_given_name_before_a_head_or_a_month_vouches_for_nothing() -> None:
    assert _run("He joined Richard Hartono Foundation staff.", 2, 4) is False  # an organisation's head
    assert _run("He met Anthony Wirasena there.", 2, 3) is True
    assert _run("He met Anthony January there.", 2, 3) is False  # a calendar word
    assert _run("He met Anthony WIRASENA there.", 2, 3) is False  # written in capitals: a code or a label
    assert _run("He met Anthony there.", 2, 2) is False  # a given name alone


def test_a_title_case_headline_line_is_not_vouched_for() -> None:
    body = "Richard Stadium Reopens After Renovation\n\nThe stadium reopened on Monday."
    tokens = tokenize(body)
    assert given_name_run(tokens, 0, 1) is False


def test_an_unknown_first_word_stays_with_the_tagger() -> None:
    body = "The champion beat Fulanuddin Wibisono in the final."
    assert _run(body, 3, 4) is False  # not a listed given name: the run is judged as before
