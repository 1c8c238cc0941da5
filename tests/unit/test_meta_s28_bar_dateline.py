"""A dateline set with bars (issue 10, session 28): "Kota, CONTOH | Warga …" and "Kota, Negara | CONTOH |" on
a line of its own, as table-built templates print them, name the outlet by the part before the closing
bar. Read on c3, shown on d1 (the same shape from an unrelated site). Every page here is made up."""

from __future__ import annotations

from pathlib import Path

import pytest

from kutip.index.ingest.dateline import parse_dateline
from tests.conftest import load_article

HEADLINE = "Warga Sukamaju gotong royong bersihkan saluran irigasi"
LEAD = (
    "Ratusan warga Desa Sukamaju membersihkan saluran irigasi yang tersumbat lumpur sejak banjir bulan lalu, "
    "dibantu petugas kecamatan."
)
STORY = (
    '"Kami tidak mau sawah gagal panen lagi," kata Kepala Desa Fulan Hidayat kepada wartawan, Kamis (3/11).\n\n'
    "Menurut dia, perbaikan pintu air akan dimulai setelah dana desa cair bulan depan.\n\n"
    "Warga juga berencana menanam pohon di sepanjang tepi saluran agar tanahnya tidak longsor lagi.\n"
)


def test_an_acronym_before_the_bar_opening_the_lead_names_the_outlet(tmp_path: Path) -> None:
    page = f"{HEADLINE}\n\nSukamaju, KBN | {LEAD}\n\n{STORY}"
    assert load_article(tmp_path, page).outlet == "KBN"


def test_a_listed_agency_between_bars_on_its_own_line_names_the_outlet(tmp_path: Path) -> None:
    page = f"{HEADLINE}\n\nTanjung Sari, Indonesia | AFP |\n\n{LEAD}\n\n{STORY}"
    assert load_article(tmp_path, page).outlet == "AFP"


@pytest.mark.parametrize(
    "line",
    [
        "Home | Berita | AFP |",  # a menu ending in a listed name
        "Sukamaju, NTB | Warga desa mengungsi karena banjir besar yang melanda kampung mereka sejak kemarin.",
        "Sukamaju, KPK | Penyidik menetapkan dua tersangka baru dalam kasus suap proyek jalan di Sukamaju kemarin.",
        "Sukamaju, KBN | Banjir besar",  # a headline's tail, no story sentence
        "JAKARTA, KBN | Warga desa mengungsi karena banjir besar yang melanda kampung mereka sejak kemarin.",
    ],
)
def test_a_bar_without_outlet_evidence_is_no_dateline(line: str) -> None:
    found = parse_dateline(line)
    assert found is None or not found.outlet
