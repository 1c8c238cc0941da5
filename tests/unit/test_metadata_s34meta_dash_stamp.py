"""A stamp line a template opens with a dash ("- Contoh.com   Senin, 14 Maret 2022 - 09:41 WITA"; session
34, issue 10, p3): the stamp reader took the dash for part of the site's name and refused the line, so a
headline found under a run of other stories' headlines had no stamp under it to confirm it. Every page
here is made up."""

from __future__ import annotations

from pathlib import Path

from kutip.index.ingest.dates import read_stamp
from tests.conftest import load_article


def test_a_dash_before_the_stamps_first_part_is_the_templates() -> None:
    stamp = read_stamp("- Kabarcontoh.com     Senin, 14 Maret 2022 - 09:41 WITA")
    assert stamp is not None and stamp.iso == "2022-03-14" and stamp.outlet == "Kabarcontoh.com"


def test_a_dash_inside_a_sentence_still_makes_no_stamp() -> None:
    assert read_stamp("- Warga berkumpul di balai desa pada Senin, 14 Maret 2022 - 09:41 WITA") is None


_TICKER = (
    "Harga Cabai di Pasar Sukamaju Naik Lagi, Apa Sebabnya? Jembatan Desa Lama Akhirnya Diperbaiki Warga "
    "Lomba Perahu Naga Digelar di Sungai Contoh Pekan Depan Musim Hujan Datang Lebih Awal Petani Bersiap "
    "Tanam Padi"
)
_HEADLINE = "Warga Sukamaju Gelar Kerja Bakti Bersihkan Saluran Air Jelang Musim Hujan"
_STORY = (
    "Ratusan warga Desa Sukamaju bergotong royong membersihkan saluran air menjelang musim hujan tahun "
    "ini, Senin (14/3/2022).\n\n“Kami tidak mau banjir seperti tahun lalu terulang lagi,” kata Fulan "
    "Hidayat, ketua RT.\n\nKegiatan itu diikuti warga dari tiga dusun sejak pagi hingga siang hari.\n"
)


def test_a_headline_under_a_ticker_is_confirmed_by_the_dashed_stamp_under_it(tmp_path: Path) -> None:
    page = (
        f"{_TICKER}\nmaret\n\n{_HEADLINE}\n\nRatusan warga bergotong royong membersihkan saluran air,\n"
        f"- Kabarcontoh.com     Senin, 14 Maret 2022 - 09:41 WITA\n\n{_HEADLINE}\n\n{_STORY}"
    )
    article = load_article(tmp_path, page)
    assert article.title == _HEADLINE
    assert article.date == "2022-03-14"
