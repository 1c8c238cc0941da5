"""Session 47, meta2 (made-up text): a page that prints its menus twice over its headline pushes the
stamp and the dateline down; the menu lines the split marks as furniture do not count toward the reach
read for the story's opening, so the stamp under the headline still dates the page. A writer's name
before the stamp's own label ("Ana Lee Published …") is a dated byline."""

from __future__ import annotations

from kutip.index.ingest.metadata import _glued_byline_date
from kutip.index.ingest.plaintext import parse_plain_text

_MENU = "  • Beranda\n  • Kabar Desa\n  • Kabar Kota\n  • Olahraga\n"
_PAGE = (
    "Dengan memakai situs ini, Anda setuju dengan Kebijakan Privasi kami.\nSetuju\n"
    "Suara TepianSuara TepianSuara Tepian\n"
    + _MENU
    + "Bacaan: Jembatan Gantung Desa Lamaran Rampung Diperbaiki\nBagikan\nSuara TepianSuara Tepian\n"
    + _MENU
    + "Ikuti Kami\nSuara Tepian > Kabar Desa > Jembatan Gantung Desa Lamaran Rampung Diperbaiki\n"
    "Kabar Desa\nJembatan Gantung Desa Lamaran Rampung Diperbaiki\n"
    "Ana Lestari Published April 14, 2025\nBagikan\n"
    "SUKAMAJU - Warga Desa Lamaran kembali bisa menyeberangi sungai setelah jembatan gantung selesai "
    "diperbaiki, Minggu (13/4/2025).\n"
    '"Anak-anak tidak perlu memutar jauh lagi ke sekolah," kata kepala desa, Bambang Sulistyo.\n'
)


def test_a_stamp_under_twice_printed_menus_dates_the_page() -> None:
    assert parse_plain_text(_PAGE, source="p.txt").date == "2025-04-14"


def test_a_name_before_the_published_label_is_a_dated_byline() -> None:
    assert _glued_byline_date("Ana Lestari Published April 14, 2025") == "2025-04-14"
    assert _glued_byline_date("Ana Lestari Published April 14, 2025 in Sukamaju") == ""
