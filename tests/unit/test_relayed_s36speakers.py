"""Session 36, speakers (made-up names and text): English news's relayed remark (``"…," Fulan
was quoted as saying``), a long office with its head noun in lower case before the name, and a
description of a sportsperson by the team or machine (``the Ducati rider``)."""

from __future__ import annotations

from kutip.index.entities import recognise
from kutip.index.statements import extract_statements


def _speakers(body: str, lang: str = "en") -> list[str | None]:
    found = extract_statements("t", body, lang, recognise(body, lang))
    return [s.speaker for s in found if s.kind == "direct"]


def test_was_quoted_as_saying_names_the_subject_before_it() -> None:
    body = (
        "The island has sent home more visitors this year than last.\n\n"
        '"Last year, in twelve months, 150 people were sent home. This year it is already more," '
        "Fulan Hidayat was quoted as saying by a local daily on Sunday.\n\n"
        '"The number of visitors keeps rising," he reportedly said.\n'
    )
    assert _speakers(body) == ["Fulan Hidayat", "Fulan Hidayat"]


def test_an_adverb_may_stand_before_quoted() -> None:
    body = (
        "The island has sent home more visitors this year than last.\n\n"
        '"We will not stop the checks at the airport," Badu Wirawan was also quoted as saying.\n'
    )
    assert _speakers(body) == ["Badu Wirawan"]


def test_a_long_office_with_a_lower_case_head_before_the_holder() -> None:
    body = (
        "The island has sent home more visitors this year than last.\n\n"
        '"Last year, in twelve months, 150 people were sent home. This year it is already more," '
        "Sukamaju Ministry of Law and Human Rights head Fulan Hidayat was quoted as saying.\n"
    )
    assert _speakers(body) == ["Fulan Hidayat"]


def test_the_team_and_the_sport_noun_describe_the_latest_person() -> None:
    body = (
        "Marco Rossini finished third in the race on Sunday.\n\n"
        '"Both of them are really strong," the Ducatio rider said.\n'
    )
    assert _speakers(body) == ["Marco Rossini"]


def test_a_description_by_the_team_puts_no_team_forward() -> None:
    body = (
        "Marco Rossini finished third in the race on Sunday.\n\n"
        "The Ducatio rider also weighed in on the drama of the day.\n\n"
        '"Both of them are really strong," he said.\n'
    )
    assert _speakers(body) == ["Marco Rossini"]
