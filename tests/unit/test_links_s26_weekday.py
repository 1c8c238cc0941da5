"""A date in an attribution whose weekday does not fit it is a slip ("Minggu (4/7/2020)" in a story
published on Sunday 4 October 2020): the remark's day is the article's own when that falls on the
weekday with the same day of the month, and the report links with the same day's other report;
a date its weekday fits stays as written (fixtures written for kutip: a fictional police spokesman
and remarks)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from kutip.index.linking.occasions import stated_day
from kutip.index.models import Article
from tests.unit.quoted import quoted_article
from tests.unit.test_linking_incremental import Archive

SPEAKER = "Fulan Hidayat"
SAID = (
    "Sembilan orang ini sudah kami amankan dan kami akan mintai keterangan sebagai penghasut massa "
    "yang membakar gudang di pinggir desa"
)
RETOLD = (
    "Sembilan terduga penghasut ini telah kami amankan dan akan dimintai keterangan sebagai penghasut "
    "massa yang membakar gudang di pinggir desa"
)


def _on(attribution: str, reference: str = "", published: str = "") -> str:
    text = f'"Kami siaga," {attribution}'
    day = stated_day(text, 1, text.index(',"'), reference=reference, published=published)
    return date.fromordinal(day).isoformat() if day > 0 else ""


def test_a_slipped_month_or_year_is_the_articles_day_on_that_weekday() -> None:
    # 4 July 2020 was a Saturday; the story is of Sunday 4 October
    assert _on("kata Fulan dalam jumpa pers, Minggu (4/7/2020) malam.", "2020-10-04") == "2020-10-04"
    # 19 June 2022 was a Sunday; the story is of Thursday 19 January 2023
    assert _on("kata Fulan, Kamis (19/6/2022).", "2023-01-19") == "2023-01-19"
    assert _on("kata Fulan, Kamis, 19 Juni 2022.", "2023-01-19") == "2023-01-19"


def test_a_weekday_that_fits_keeps_the_date_and_one_a_day_off_the_filing_day_names_the_day() -> None:
    assert _on("kata Fulan, Sabtu (4/7/2020).", "2020-10-04") == "2020-07-04"
    assert _on("kata Fulan, (4/7/2020).", "2020-10-04") == "2020-07-04"
    # 4 March 2019 was a Monday: in a story published that day the reporter wrote the filing day
    # beside Sunday night's weekday (session 29: two stated days a day apart need near-identical
    # words); the event date a lead names is not the filing day (session 37)
    assert _on("kata Fulan, Minggu (4/3/2019) malam.", "2019-03-04", "2019-03-04") == "2019-03-03"
    assert _on("kata Fulan, Minggu (4/3/2019) malam.", "2019-03-04") == "2019-03-04"


def test_a_weekday_that_fits_no_day_near_the_date_leaves_it_unstated() -> None:
    assert _on("kata Fulan, Rabu (4/7/2020).", "2020-10-04") == ""
    assert _on("kata Fulan, Rabu (4/7/2020).") == ""


def _article(aid: str, day: str, body: str, text: str, as_written: str) -> Article:
    return quoted_article(aid, body, [(SPEAKER, text, as_written)], date=day)


def _linked(folder: Path, slipped: str) -> bool:
    folder.mkdir()
    archive = Archive(folder)
    first = f'"{SAID}," kata Kabid Humas Fulan Hidayat dalam jumpa pers, {slipped} malam.'
    second = f'"{RETOLD}," ujar Fulan Hidayat, Minggu (4/10/2020).'
    archive.add(_article("kompas", "2020-10-04", first, SAID, "kata Kabid Humas Fulan Hidayat"))
    archive.add(_article("tribun", "2020-10-06", second, RETOLD, "ujar Fulan Hidayat"))
    return bool(archive.cluster_of("tribun:0") == archive.cluster_of("kompas:0"))


def test_a_report_dated_by_a_slip_links_with_the_same_days_report(tmp_path: Path) -> None:
    assert _linked(tmp_path / "slipped", "Minggu (4/7/2020)")
    # the date its weekday fits is three months before: another remark
    assert not _linked(tmp_path / "fits", "Sabtu (4/7/2020)")
