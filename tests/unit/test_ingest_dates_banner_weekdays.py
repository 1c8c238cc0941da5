"""A "today" banner over a story of another year: the lead's weekdays ("Rabu (3/5)") do not fit the
banner's year, so it dates nothing (issue 10). Every page here is made up."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import load_article


def _page(stamp: str, day: str) -> str:
    return (
        f"{stamp} | 20:37 WIB\n\n"
        "Warga Sukamaju Gotong Royong Bersihkan Saluran Irigasi\n\n"
        "Jakarta - Warga Desa Sukamaju membersihkan saluran irigasi yang tersumbat lumpur sejak banjir.\n\n"
        f'"Kami tidak mau sawah gagal panen lagi," kata Kepala Desa Fulan Hidayat, {day}.\n\n'
        "Menurut dia, perbaikan pintu air akan dimulai setelah dana desa cair bulan depan.\n"
    )


def test_a_banner_whose_year_no_lead_weekday_fits_dates_nothing(tmp_path: Path) -> None:
    # 3 May fell on a Wednesday in 2023, on a Friday in 2024
    assert load_article(tmp_path, _page("Minggu, 5 Mei 2024", "Rabu (3/5)")).date == ""


def test_a_stamp_the_lead_weekday_fits_dates_the_story(tmp_path: Path) -> None:
    assert load_article(tmp_path, _page("Minggu, 5 Mei 2024", "Jumat (3/5)")).date == "2024-05-05"


def test_a_wrong_weekday_on_the_stamps_own_day_is_a_slip(tmp_path: Path) -> None:
    assert load_article(tmp_path, _page("Selasa, 10 September 2019", "Senin (10/9)")).date == "2019-09-10"
