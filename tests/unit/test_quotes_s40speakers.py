"""Session 40, quotations (made-up text): two single marks typed for one double mark open or
close a quotation, so the cue after them is read and the quotation stops at them."""

from __future__ import annotations

from kutip.index.entities import recognise
from kutip.index.statements import extract_statements
from kutip.index.statements.marks import quotations


def _direct(body: str, lang: str) -> list[tuple[str, str | None]]:
    found = extract_statements("t", body, lang, recognise(body, lang))
    return [(s.text, s.speaker) for s in found if s.kind == "direct"]


def test_two_single_marks_close_a_double_quotation() -> None:
    body = (
        "Harbour master Bartholomew Quenby spoke after the storm.\n\n"
        "\u201cAll the ferries are back on their timetable from today,\u2019\u2019 Quenby said on Monday, "
        "adding that fares would not rise.\n"
    )
    assert _direct(body, "en") == [
        ("All the ferries are back on their timetable from today,", "Bartholomew Quenby")
    ]


def test_two_single_marks_open_and_close() -> None:
    body = "\u2018\u2018Kapal kembali melaut sejak pagi,\u2019\u2019 kata Darmawan Sulistyo di pelabuhan.\n"
    assert _direct(body, "id") == [("Kapal kembali melaut sejak pagi,", "Darmawan Sulistyo")]


def test_straight_pairs_and_an_apostrophe_inside() -> None:
    body = "''Fulan's boat is back,'' he said."
    (q,) = quotations(body, 0, len(body))
    assert body[q.start : q.end] == "Fulan's boat is back,"
    assert body[q.open : q.open + 2] == "''" and body[q.close - 1 : q.close + 1] == "''"
