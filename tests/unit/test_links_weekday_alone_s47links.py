"""A weekday written alone ("..., ujar X di Kota, Rabu.") in an undated page is a stated day of its
own (session 47, issue 10): against a report stating a day that falls two or more days off that
weekday it is another occasion; it never confirms one day (the weekday recurs every week); a dated
page keeps its date. Fixtures written for kutip (a fictional minister on small traders' loans)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from kutip.index.linking.occasions import days_apart, other_day, stated_day, without_weekday
from kutip.index.linking.update import doc_of, matches, occasion_agrees, one_day
from kutip.index.linking.weekdays import weekday_only, weekday_said

LOANS = "Jadi, tidak semua pedagang kecil mendapat keringanan pinjaman. Hanya yang sungguh tidak mampu,"


def _said(attribution: str, reference: str = "") -> int:
    text = f'"{LOANS}" {attribution}'
    return stated_day(text, 1, len(LOANS) + 1, reference=reference)


def test_a_weekday_alone_in_an_undated_page_is_read() -> None:
    wednesday = _said("ujar Fulan di Kota Baru, Rabu.")
    assert weekday_only(wednesday) and without_weekday(wednesday) == wednesday
    assert weekday_only(_said("kata Fulan pada Jumat malam."))
    assert _said("ujar Fulan di Kota Baru, Rabu.", reference="2025-01-08") == 0  # the page's date stands
    assert weekday_said("kata Fulan soal rapat Rabu dan Jumat,") == 0  # two weekdays: one may be another's
    assert weekday_said("kata Fulan dalam sepekan, minggu ini.") == 0  # "minggu": a week
    assert not weekday_only(_said("kata Fulan, Rabu (8/1)."))  # the bare day as before


def test_another_weekday_is_another_occasion() -> None:
    wednesday = _said("ujar Fulan di Kota Baru, Rabu.")
    friday = date(2025, 1, 3).toordinal()  # a Friday
    assert days_apart(wednesday, friday) and not other_day(wednesday, friday)
    assert not days_apart(wednesday, date(2025, 1, 8).toordinal())  # a Wednesday
    thursday = date(2025, 1, 9).toordinal()  # a day off: the weekday may be another quote's
    assert not days_apart(wednesday, thursday) and not other_day(wednesday, thursday)


def test_the_undated_report_meets_the_stated_one() -> None:
    stated = doc_of("a:0", "a", LOANS, speaker="Fulan Hartawan", date="2025-01-03")
    stated = replace(stated, stated=date(2025, 1, 3).toordinal())
    undated = doc_of("b:0", "b", LOANS, speaker="Fulan Hartawan")
    wednesday = replace(undated, stated=_said("ujar Fulan di Kota Baru, Rabu."))
    assert matches(stated, undated)
    assert not occasion_agrees(stated, wednesday) and not matches(stated, wednesday)
    friday = replace(undated, stated=_said("ujar Fulan di Kota Baru, Jumat."))
    assert occasion_agrees(stated, friday) and not one_day(stated, friday)
    assert not one_day(wednesday, replace(undated, statement="c:0", article="c", stated=wednesday.stated))
