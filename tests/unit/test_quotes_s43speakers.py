"""Session 43, speakers (made-up text): quotations the reader missed. A quotation whose writer
never closed it before opening the next (``“First. “Second,” he added.``) is two quotations; an
article and an epithet before the name (``an emotional Fulan … stating, “…”``) leave the name the
clause's subject; ``remarking`` takes a partial quotation as ``saying`` does."""

from __future__ import annotations

from kutip.index.entities import recognise
from kutip.index.statements import extract_statements
from kutip.index.statements.marks import quotations


def _direct(body: str) -> list[tuple[str | None, str]]:
    found = extract_statements("t", body, "en", recognise(body, "en"))
    return [(s.speaker, s.text) for s in found if s.kind == "direct"]


def test_an_opening_mark_after_a_finished_sentence_opens_the_next_quotation() -> None:
    body = "\u201cThe fee stays as it is for now. \u201cWe will look at it again next year,\u201d he added.\n"
    quotes = quotations(body, 0, len(body))
    assert [body[q.start : q.end] for q in quotes] == [
        "The fee stays as it is for now.",
        "We will look at it again next year,",
    ]
    assert quotes[0].close is None


def test_an_opening_mark_inside_a_sentence_stays_inside_the_quotation() -> None:
    body = "\u201cThey called it \u201cthe plan\u201d and left,\u201d she said.\n"
    assert len(quotations(body, 0, len(body))) == 1


def test_an_epithet_before_the_name_leaves_the_name_the_subject() -> None:
    body = (
        "Climber wins gold\n\n"
        "Badu Santoso won the final on Thursday.\n"
        "After the win, an emotional Badu expressed his joy, stating, \u201cMy legs shook the whole race, "
        "but I kept calm and finished.\u201d\n"
    )
    assert _direct(body) == [("Badu Santoso", "My legs shook the whole race, but I kept calm and finished.")]


def test_remarking_takes_a_partial_quotation() -> None:
    body = (
        "Climber wins gold\n\n"
        "Badu Santoso won the final on Thursday. His coach Rina Marlina cheered from the stands, "
        "with Marlina remarking she felt \u201cso happy I could weep.\u201d\n"
    )
    assert _direct(body) == [("Rina Marlina", "so happy I could weep.")]


def test_a_fragment_after_a_credited_one_goes_on_with_its_cue() -> None:
    body = (
        "Summit pledge\n\n"
        "Badu Santoso noted that, being among the \u201cbiggest donors to the relief fund,\u201d the country "
        "will keep trying to \u201chelp wherever help is needed\u201d in the region.\n"
    )
    assert [speaker for speaker, _text in _direct(body)] == ["Badu Santoso", "Badu Santoso"]


def test_a_fragment_after_another_person_is_named_is_not_joined() -> None:
    body = (
        "Summit pledge\n\n"
        "Badu Santoso noted that, being among the \u201cbiggest donors to the relief fund,\u201d Rina Marlina "
        "will keep trying to \u201chelp wherever help is needed\u201d in the region.\n"
    )
    assert [speaker for speaker, _text in _direct(body)] == ["Badu Santoso"]
