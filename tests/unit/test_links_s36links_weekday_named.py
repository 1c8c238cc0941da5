"""A day written with its weekday and month name but no year ("Selasa 12 April", "Senin, 23
Desember") is the remark's day wherever the attribution writes it, as "Selasa (12/4)" is; only
after "pada"/"on" was such a day read before (session 36). An undated page giving one speaker's
figures "Selasa 12 April" then stands months from a report of the same figures in December.
Fixtures written for kutip (fictional remarks)."""

from __future__ import annotations

from datetime import date

from kutip.index.linking.occasions import bare_weekday, stated_day, without_weekday


def _said(attribution: str, reference: str = "") -> int:
    text = f'"Rasio kami jauh di atas rata-rata," {attribution}'
    return stated_day(text, 1, text.index(',"'), reference=reference)


def test_a_weekday_named_day_is_a_bare_stated_day() -> None:
    tuesday = _said("kata Fulan dalam sambutannya pada pertemuan di Jakarta, Selasa 12 April.")
    assert without_weekday(tuesday) == -412 and bare_weekday(tuesday) == 1
    monday = _said("kata Fulan kepada wartawan, Senin, 23 Desember.")
    assert without_weekday(monday) == -1223 and bare_weekday(monday) == 0
    assert _said("said Fulan on the sidelines, Tuesday, April 12.") == tuesday


def test_the_articles_date_gives_its_year() -> None:
    found = _said("kata Fulan di Jakarta, Selasa 12 April.", reference="2022-04-13")
    assert found == date(2022, 4, 12).toordinal()


def test_a_written_year_or_no_weekday_is_read_as_before() -> None:
    assert _said("kata Fulan di Jakarta, Selasa, 12 April 2022.") == date(2022, 4, 12).toordinal()
    assert _said("kata Fulan soal target 12 April.") == 0
    assert _said("kata Fulan, dikutip dari Warta.com, Selasa 12 April.") == 0
