"""A bare day ("Selasa (8/6)": weekday, day and month, no year) in an undated page keeps its written
weekday (session 40, issue 10). Set in the other report's year, a weekday more than a day off says
the month (or the day) slipped: the bare day then sets nothing apart, as a written date its weekday
belies already does (:func:`occasions._as_weekday_says`). Fixtures written for kutip (a fictional
governor's apology)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from kutip.index.linking.occasions import (
    bare_weekday,
    belied,
    calendar_gap,
    days_apart,
    other_day,
    stated_day,
    without_weekday,
)
from kutip.index.linking.update import doc_of, matches, occasion_agrees, one_day

APOLOGY = "Kami minta maaf sebesar-besarnya kepada pedagang yang kiosnya belum bisa dibuka pekan ini,"


def _bare(attribution: str) -> int:
    text = f'"{APOLOGY}" {attribution}'
    return stated_day(text, 1, len(APOLOGY) + 1)


def test_a_bare_day_keeps_its_weekday() -> None:
    tuesday = _bare("kata Fulan di Balai Kota, Selasa (8/6).")
    assert tuesday < 0 and without_weekday(tuesday) == -608 and bare_weekday(tuesday) == 1
    plain = _bare("kata Fulan di Balai Kota pada 8 Juni.")
    assert without_weekday(plain) == -608 and bare_weekday(plain) is None
    assert bare_weekday(date(2025, 7, 8).toordinal()) is None  # a day with its year is no bare day


def test_a_weekday_the_other_reports_year_belies_sets_nothing_apart() -> None:
    slipped = _bare("kata Fulan di Balai Kota, Selasa (8/6).")  # 8 June 2025 is a Sunday
    tuesday = date(2025, 7, 8).toordinal()  # the other outlet: Tuesday 8 July 2025
    assert belied(slipped, tuesday)
    assert not days_apart(slipped, tuesday) and not other_day(slipped, tuesday)
    assert calendar_gap(slipped, tuesday) == 0
    right = _bare("kata Fulan di Balai Kota, Selasa (8/7).")
    assert not belied(right, date(2025, 6, 10).toordinal())
    assert days_apart(right, date(2025, 6, 10).toordinal())  # a month apart, both weekdays fit
    unnamed = _bare("kata Fulan di Balai Kota pada 8 Juni.")
    assert days_apart(unnamed, tuesday)  # no weekday written: the day stands as before


def test_two_bare_days_whose_weekdays_cannot_both_hold() -> None:
    june, july = _bare("kata Fulan, Selasa (8/6)."), _bare("kata Fulan, Selasa (8/7).")
    assert belied(june, july) and not days_apart(june, july)  # 30 days apart, one weekday: one slipped
    eve, second = _bare("kata Fulan, Selasa (31/12)."), _bare("kata Fulan, Kamis (2/1).")
    assert not belied(eve, second) and days_apart(eve, second)  # across the new year, both fit
    thursday = _bare("kata Fulan, Kamis (1/1).")  # Wednesday's date
    assert not belied(eve, thursday)  # a weekday a day off is the writer's slip


def test_the_undated_report_meets_the_days_report() -> None:
    dated = doc_of("a:0", "a", APOLOGY, speaker="Fulan Hartawan", date="2025-07-08")
    dated = replace(dated, stated=date(2025, 7, 8).toordinal())
    undated = doc_of("b:0", "b", APOLOGY, speaker="Fulan Hartawan")
    slipped = replace(undated, stated=_bare("kata Fulan, Selasa (8/6)."))
    assert occasion_agrees(dated, slipped) and not one_day(dated, slipped)
    assert matches(dated, slipped)
    kept = replace(undated, stated=_bare("kata Fulan pada 8 Juni."))
    assert not occasion_agrees(dated, kept) and not matches(dated, kept)
