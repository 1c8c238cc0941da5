"""A site's clock header is no publication date (issue 10, session 27): the header prints the day the page
was read, timed or not, over a story whose lead dates its event by weekday months before; and where the
page also prints the story's own timed stamp after the poster's lower-case login, that stamp dates the
story. Every page here is made up."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import load_article

HEADLINE = "Warga Sukamaju Gotong Royong Bersihkan Saluran Irigasi"
EN_HEADLINE = "Villagers in Sukamaju Clear Blocked Irrigation Canals"


def _english(header: str, day: str) -> str:
    return (
        f"{header}\n\n{EN_HEADLINE}\n\n"
        f"Jakarta, KBC – Villagers in Sukamaju cleared the irrigation canals that mud had blocked on {day}.\n\n"
        '"We do not want the harvest to fail again," village head Fulan Hidayat said.\n\n'
        "He said repairs to the sluice gate would start once the village funds arrived next month.\n"
    )


@pytest.mark.parametrize("header", ["Friday, May 31, 2024 | 05:39 WIB", "Friday, May 31, 2024"])
def test_a_clock_header_months_after_the_lead_s_weekday_dates_nothing(tmp_path: Path, header: str) -> None:
    # 8 April 2024 was a Monday: the weekday fits, but the header lies 53 days later
    assert load_article(tmp_path, _english(header, "Monday (8/4)")).date == ""


def test_a_stamp_days_after_the_lead_s_weekday_dates_the_story(tmp_path: Path) -> None:
    page = _english("Tuesday, April 9, 2024 | 05:39 WIB", "Monday (8/4)")
    assert load_article(tmp_path, page).date == "2024-04-09"


def _clock_over_login(login: str) -> str:
    return (
        "Rabu, 13 Nov 2019\n\n"
        f"{HEADLINE}\n\n"
        f"{login} Senin, 21 Oktober 2019 15:29 WIB\n"
        "Kepala Desa Fulan Hidayat\n"
        "Sukamaju (KBC) - Warga Desa Sukamaju membersihkan saluran irigasi yang tersumbat lumpur sejak banjir "
        "melanda, Jumat (18/10) lalu.\n\n"
        '"Kami tidak mau sawah gagal panen lagi," kata Kepala Desa Fulan Hidayat, Minggu (20/10).\n\n'
        "Menurut dia, perbaikan pintu air akan dimulai setelah dana desa cair bulan depan.\n"
    )


def test_the_timed_stamp_after_the_poster_s_login_dates_the_story(tmp_path: Path) -> None:
    assert load_article(tmp_path, _clock_over_login("contohuser")).date == "2019-10-21"


@pytest.mark.parametrize("word", ["jakarta", "berita", "oleh"])
def test_a_place_or_everyday_word_is_no_login(word: str) -> None:
    from kutip.index.ingest.dates import _user_handle

    assert not _user_handle(word)
    assert _user_handle("contohuser")
