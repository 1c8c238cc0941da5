"""A weekday written a day off the date beside it (session 37): the date as written is the day, as
the article's metadata reads it, unless the date is the article's own publication date and the
weekday the day before (the filing day beside last night's weekday). Session 29 took the weekday's
day, which set a report stating "Jumat (19/12/2024)" (a Thursday) a day from the other outlets'
"Kamis (19/12/2024)", and two stated days a day apart need near-identical words. Fixtures written
for kutip: a fictional speaker and remarks."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from kutip.index.linking.occasions import other_day, stated_day
from tests.unit.test_linking_incremental import Archive
from tests.unit.test_linking_s29_stated_days import FIRM, FIRM_AGAIN, _article


def _on(attribution: str, *, reference: str = "", published: str = "") -> str:
    text = f'"Kami siaga," {attribution}'
    day = stated_day(text, 1, text.index(',"'), reference=reference, published=published)
    return date.fromordinal(day).isoformat() if day > 0 else ""


def test_a_weekday_a_day_off_keeps_the_written_date() -> None:
    # 19 December 2024 was a Thursday
    assert _on("kata Fulan, Jumat (19/12/2024).") == "2024-12-19"
    assert _on("kata Fulan, Rabu (19/12/2024).") == "2024-12-19"
    assert _on("kata Fulan, Jumat (19/12/2024).", reference="2024-12-19") == "2024-12-19"
    assert not other_day(
        stated_day('"Kami siaga," kata Fulan, Jumat (19/12/2024).', 1, 12),
        stated_day('"Kami siaga," kata Fulan, Kamis (19/12/2024).', 1, 12),
    )


def test_the_filing_day_beside_the_day_befores_weekday_names_the_day_before() -> None:
    # a story published on Thursday 19 December writes its own date beside "Rabu malam"
    assert _on("kata Fulan, Rabu (19/12/2024) malam.", published="2024-12-19") == "2024-12-18"
    # the weekday after the filing day is no remark of the day before: the date stands
    assert _on("kata Fulan, Jumat (19/12/2024).", published="2024-12-19") == "2024-12-19"
    # a weekday two days off fits no day near the date: no stated day
    assert _on("kata Fulan, Sabtu (19/12/2024).", published="2024-12-19") == ""


def test_a_report_with_a_weekday_a_day_off_links_with_the_days_reports(tmp_path: Path) -> None:
    archive = Archive(tmp_path)
    archive.add(
        _article("a", (FIRM, "ujar Fulan kepada wartawan, Kamis (19/12/2024)."), day="2024-12-19"),
        _article("b", (FIRM_AGAIN, "ujar Fulan kepada wartawan, Jumat (19/12/2024).")),
    )
    assert archive.cluster_of("a:0") == archive.cluster_of("b:0")


def test_the_next_days_report_in_other_words_stays_apart(tmp_path: Path) -> None:
    archive = Archive(tmp_path)
    archive.add(
        _article("a", (FIRM, "ujar Fulan kepada wartawan, Kamis (19/12/2024)."), day="2024-12-19"),
        _article("b", (FIRM_AGAIN, "ujar Fulan kepada wartawan, Jumat (20/12/2024).")),
    )
    assert archive.cluster_of("a:0") != archive.cluster_of("b:0")
