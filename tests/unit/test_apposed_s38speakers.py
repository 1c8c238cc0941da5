"""Session 38, speakers (made-up names and text): a capitalised run after ``the`` or a
preposition, then a comma and a description (``During the opening of the 2025 Sukamaju Trade
Fair, the regent said``), is what a fronted phrase is about: the description is the sentence's
subject, not an apposition naming that run as a person."""

from __future__ import annotations

from kutip.index.entities import recognise
from kutip.index.statements import extract_statements
from kutip.index.statements.apposed import apposed_name
from kutip.index.statements.names import NameBook


def _book(body: str) -> NameBook:
    return NameBook(body, recognise(body, "en"), "en")


def test_a_run_after_the_is_no_apposed_name() -> None:
    body = "At the closing of the 2025 Northgate Harvest Festival, the mayor said the town would grow."
    at = body.index("the mayor")
    assert apposed_name(_book(body), at) is None


def test_a_run_after_of_is_no_apposed_name() -> None:
    body = "On the cost of Riverside Bridge, the minister said the budget was enough."
    at = body.index("the minister")
    assert apposed_name(_book(body), at) is None


def test_a_name_before_its_description_is_still_apposed() -> None:
    body = "The county's spokesman, Harold Pemberton, said the mayor was likely to attend."
    at = body.index("Harold") + len("Harold Pemberton, ")
    assert apposed_name(_book(body), at) == "Harold Pemberton"


def test_the_description_goes_to_the_person_in_focus() -> None:
    body = (
        "Northgate Mayor Eleanor Whitcombe met traders at the town hall on Monday.\n\n"
        "During the opening of the 2025 Northgate Harvest Festival, the Northgate mayor said, "
        "\u201cThe festival will bring visitors from the whole region this year.\u201d\n"
    )
    found = extract_statements("t", body, "en", recognise(body, "en"))
    assert [s.speaker for s in found if s.kind == "direct"] == ["Eleanor Whitcombe"]
