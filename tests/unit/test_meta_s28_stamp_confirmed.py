"""A stamp the lead's full weekday date confirms (issue 10, session 28): a caption's yearless day of another
month ("Kamis (13/11)" under a photo) no longer has the stamp read as a clock header when the story itself
dates its event "Kamis (13/10/2022)", a Thursday in the days before the stamp. Read on d2; on c3 the one
stamp the check denies (a clock header) stays denied. Every page here is made up."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import load_article

HEAD = "Kamis 13 Oct 2022 16:26 WIB\n\nBupati Sukamaju tinjau pasar yang baru dipugar warga\n\n"
CAPTION = (
    "Bupati Sukamaju Fulan Hidayat meninjau pasar desa, Kamis (13/11). Pasar itu dibangun ulang oleh warga.\n"
    "Foto: Ana Lestari/Kabar Contoh\n\n"
)
STORY = (
    "SUKAMAJU -- Bupati Sukamaju Fulan Hidayat meninjau pasar desa yang baru dipugar warga secara gotong "
    "royong selama tiga bulan terakhir.\n\n"
    '"Pasarnya sekarang bersih dan rapi," kata Fulan usai meninjau pasar di Sukamaju, {day}.\n\n'
    "Menurut dia, pemerintah kabupaten akan membantu membangun saluran air di sekitar pasar tahun depan.\n\n"
    "Warga berharap pembeli dari desa tetangga kembali datang setelah pasar selesai dipugar.\n"
)


def test_the_lead_s_full_weekday_date_confirms_the_stamp(tmp_path: Path) -> None:
    page = HEAD + CAPTION + STORY.format(day="Kamis (13/10/2022)")
    assert load_article(tmp_path, page).date == "2022-10-13"


def test_a_full_date_of_the_wrong_weekday_confirms_nothing(tmp_path: Path) -> None:
    page = HEAD + CAPTION + STORY.format(day="Jumat (13/10/2022)")
    assert load_article(tmp_path, page).date == ""


def test_a_full_date_months_before_the_stamp_confirms_nothing(tmp_path: Path) -> None:
    page = HEAD + CAPTION + STORY.format(day="Kamis (14/7/2022)")
    assert load_article(tmp_path, page).date == ""
