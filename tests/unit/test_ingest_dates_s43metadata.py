"""Dates a page does not print as its own (issue 10: no invented dates): a site's clockless "today"
banner over the headline that the story does not confirm, and "today" inside a site's name. Every
page here is made up."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import load_article
from tests.unit.ingest_pages import HARVEST_MORE, HARVEST_TITLE

_LEAD = "SUKAMAJU - Petani di tiga desa memanen jagung dua pekan lebih awal karena hujan tak kunjung turun."


def _page(*paragraphs: str) -> str:
    """The paragraphs, then the story's quote."""
    return "\n\n".join([*paragraphs, HARVEST_MORE])


def test_a_clockless_day_over_a_label_and_the_headline_with_no_day_in_the_story_dates_nothing(
    tmp_path: Path,
) -> None:
    page = _page("Kamis, 2 Oktober 2031", "Kabar Desa", HARVEST_TITLE, _LEAD)
    assert load_article(tmp_path, page).date == ""


def test_a_clockless_day_over_the_headline_the_lead_confirms_dates_the_story(tmp_path: Path) -> None:
    lead = _LEAD.replace("lebih awal", "lebih awal pada Rabu (1/10/2031)")
    page = _page("Kamis, 2 Oktober 2031", "Kabar Desa", HARVEST_TITLE, lead)
    assert load_article(tmp_path, page).date == "2031-10-02"


def test_a_clockless_day_under_the_headline_still_dates_the_story(tmp_path: Path) -> None:
    page = _page(HARVEST_TITLE, "Kamis, 2 Oktober 2031", _LEAD)
    assert load_article(tmp_path, page).date == "2031-10-02"


def test_a_timed_stamp_over_the_headline_still_dates_the_story(tmp_path: Path) -> None:
    page = _page("Kamis, 2 Oktober 2031 10:15 WIB", HARVEST_TITLE, _LEAD)
    assert load_article(tmp_path, page).date == "2031-10-02"


def test_today_inside_a_sites_name_in_the_dateline_dates_nothing(tmp_path: Path) -> None:
    lead = "Sukamaju | Kabar-today – Petani memanen jagung lebih awal di Sukamaju, Jumat (3/10/2031)."
    assert load_article(tmp_path, _page(HARVEST_TITLE, lead)).date == ""


def test_today_closing_a_capitalised_name_dates_nothing(tmp_path: Path) -> None:
    lead = "Petani memanen jagung lebih awal pada Jumat (3/10/2031), kata Fulan kepada Sukamaju Today."
    assert load_article(tmp_path, _page(HARVEST_TITLE, lead)).date == ""


def test_the_reporters_own_today_still_dates_the_story(tmp_path: Path) -> None:
    lead = "SUKAMAJU - Petani memanen jagung lebih awal hari ini di tiga desa pada Jumat (3/10/2031)."
    assert load_article(tmp_path, _page(HARVEST_TITLE, lead)).date == "2031-10-03"


_SAID_THURSDAY = (
    "SUKAMAJU - Kepala Desa Sukamaju Fulan Hidayat meminta petani memanen jagung lebih awal. Hal itu "
    "dikatakan Fulan saat menghadiri rapat kelompok tani di balai desa, Kamis (2/10/2031)."
)
_QUOTED_FRIDAY = '"Kalau ditunda, tongkolnya kering di pohon," kata Fulan dikutip Jumat (3/10/2031).'


def test_a_quoting_day_after_the_day_the_lead_gives_the_saying_is_no_publication_date(tmp_path: Path) -> None:
    page = _page(HARVEST_TITLE, _SAID_THURSDAY, _QUOTED_FRIDAY)
    article = load_article(tmp_path, page)
    assert (article.date, article.event_date) == ("", "2031-10-02")


def test_a_quoting_day_with_no_earlier_saying_in_the_lead_is_no_publication_date(tmp_path: Path) -> None:
    """Words said aloud, quoted that day: the quoting's day, kept as the event date (session 46)."""
    lead = "SUKAMAJU - Kepala Desa Sukamaju Fulan Hidayat meminta petani memanen jagung lebih awal."
    page = _page(HARVEST_TITLE, lead, _QUOTED_FRIDAY)
    article = load_article(tmp_path, page)
    assert (article.date, article.event_date) == ("", "2031-10-03")


def test_a_column_quoted_that_day_still_dates_the_story(tmp_path: Path) -> None:
    lead = "SUKAMAJU - Kepala Desa Sukamaju Fulan Hidayat meminta petani memanen jagung lebih awal."
    column = _QUOTED_FRIDAY.replace("kata Fulan", "tulis Fulan dalam kolom opininya")
    assert load_article(tmp_path, _page(HARVEST_TITLE, lead, column)).date == "2031-10-03"


def test_a_stamp_byline_with_the_writers_job_dates_the_story_whatever_the_names_case(tmp_path: Path) -> None:
    stamp = "Fulan Hidayat putra , Jurnalis-Jumat, 3 Oktober 2031 |09:14 WIB"
    page = _page(HARVEST_TITLE, stamp, _LEAD)
    assert load_article(tmp_path, page).date == "2031-10-03"


def test_a_lower_case_run_without_the_writers_job_is_no_byline(tmp_path: Path) -> None:
    stamp = "Warga desa sukamaju, Jumat, 3 Oktober 2031 |09:14 WIB"
    page = f"{_page(HARVEST_TITLE, _LEAD)}\n\n{stamp}"
    assert load_article(tmp_path, page).author == ""
