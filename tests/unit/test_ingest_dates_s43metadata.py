"""Dates a page does not print as its own (issue 10: no invented dates): a site's clockless "today"
banner over the headline that the story does not confirm, and "today" inside a site's name. Every
page here is made up."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import load_article

_TITLE = "Petani Sukamaju Panen Jagung Lebih Awal karena Kemarau"
_LEAD = "SUKAMAJU - Petani di tiga desa memanen jagung dua pekan lebih awal karena hujan tak kunjung turun."
_MORE = (
    '"Kalau ditunda, tongkolnya kering di pohon," kata Kepala Desa Sukamaju, Fulan Hidayat.\n\n'
    "Menurut dia, harga jagung di tingkat petani masih bertahan di kisaran yang sama.\n"
)


def _page(*head: str, lead: str = _LEAD) -> str:
    return "\n\n".join([*head, lead, _MORE])


def test_a_clockless_day_over_a_label_and_the_headline_with_no_day_in_the_story_dates_nothing(
    tmp_path: Path,
) -> None:
    page = _page("Kamis, 2 Oktober 2031", "Kabar Desa", _TITLE)
    assert load_article(tmp_path, page).date == ""


def test_a_clockless_day_over_the_headline_the_lead_confirms_dates_the_story(tmp_path: Path) -> None:
    lead = _LEAD.replace("lebih awal", "lebih awal pada Rabu (1/10/2031)")
    page = _page("Kamis, 2 Oktober 2031", "Kabar Desa", _TITLE, lead=lead)
    assert load_article(tmp_path, page).date == "2031-10-02"


def test_a_clockless_day_under_the_headline_still_dates_the_story(tmp_path: Path) -> None:
    page = _page(_TITLE, "Kamis, 2 Oktober 2031")
    assert load_article(tmp_path, page).date == "2031-10-02"


def test_a_timed_stamp_over_the_headline_still_dates_the_story(tmp_path: Path) -> None:
    page = _page("Kamis, 2 Oktober 2031 10:15 WIB", _TITLE)
    assert load_article(tmp_path, page).date == "2031-10-02"


def test_today_inside_a_sites_name_in_the_dateline_dates_nothing(tmp_path: Path) -> None:
    lead = "Sukamaju | Kabar-today – Petani memanen jagung lebih awal di Sukamaju, Jumat (3/10/2031)."
    assert load_article(tmp_path, _page(_TITLE, lead=lead)).date == ""


def test_today_closing_a_capitalised_name_dates_nothing(tmp_path: Path) -> None:
    lead = "Petani memanen jagung lebih awal pada Jumat (3/10/2031), kata Fulan kepada Sukamaju Today."
    assert load_article(tmp_path, _page(_TITLE, lead=lead)).date == ""


def test_the_reporters_own_today_still_dates_the_story(tmp_path: Path) -> None:
    lead = "SUKAMAJU - Petani memanen jagung lebih awal hari ini di tiga desa pada Jumat (3/10/2031)."
    assert load_article(tmp_path, _page(_TITLE, lead=lead)).date == "2031-10-03"


_SAID_THURSDAY = (
    "SUKAMAJU - Kepala Desa Sukamaju Fulan Hidayat meminta petani memanen jagung lebih awal. Hal itu "
    "dikatakan Fulan saat menghadiri rapat kelompok tani di balai desa, Kamis (2/10/2031)."
)


def test_a_quoting_day_after_the_day_the_lead_gives_the_saying_is_no_publication_date(tmp_path: Path) -> None:
    quote = '"Kalau ditunda, tongkolnya kering di pohon," kata Fulan dikutip Jumat (3/10/2031).'
    page = f"{_TITLE}\n\n{_SAID_THURSDAY}\n\n{quote}\n\n{_MORE}"
    article = load_article(tmp_path, page)
    assert (article.date, article.event_date) == ("", "2031-10-02")


def test_a_quoting_day_with_no_earlier_saying_in_the_lead_still_dates_the_story(tmp_path: Path) -> None:
    lead = "SUKAMAJU - Kepala Desa Sukamaju Fulan Hidayat meminta petani memanen jagung lebih awal."
    quote = '"Kalau ditunda, tongkolnya kering di pohon," kata Fulan dikutip Jumat (3/10/2031).'
    page = f"{_TITLE}\n\n{lead}\n\n{quote}\n\n{_MORE}"
    assert load_article(tmp_path, page).date == "2031-10-03"


def test_a_stamp_byline_with_the_writers_job_dates_the_story_whatever_the_names_case(tmp_path: Path) -> None:
    stamp = "Fulan Hidayat putra , Jurnalis-Jumat, 3 Oktober 2031 |09:14 WIB"
    page = f"{_TITLE}\n\n{stamp}\n\n{_LEAD}\n\n{_MORE}"
    assert load_article(tmp_path, page).date == "2031-10-03"


def test_a_lower_case_run_without_the_writers_job_is_no_byline(tmp_path: Path) -> None:
    stamp = "Warga desa sukamaju, Jumat, 3 Oktober 2031 |09:14 WIB"
    page = f"{_TITLE}\n\n{_LEAD}\n\n{_MORE}\n\n{stamp}"
    assert load_article(tmp_path, page).author == ""
