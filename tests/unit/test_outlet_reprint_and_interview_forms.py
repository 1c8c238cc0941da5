"""Outlets named by a reprint's source label, a partner's production note, a numbered desk code, an
interview with a lower-case domain, or a copyright line the scrape cut inside its year (issue 10).
Every page here is made up; outlet names are the bundled list's."""

from __future__ import annotations

from pathlib import Path

from kutip.index.ingest.origin import labelled_source
from tests.conftest import load_article

_TITLE = "Warga Sukamaju Gotong Royong Bersihkan Saluran Irigasi"
_LEAD = (
    "Warga Desa Sukamaju bergotong royong membersihkan saluran irigasi yang tersumbat lumpur sejak "
    "banjir pekan lalu."
)
_QUOTE = '"Kami tidak mau sawah gagal panen lagi tahun ini," kata Kepala Desa Sukamaju, Fulan Hidayat.'
_MORE = "Menurut dia, perbaikan pintu air akan dimulai setelah dana desa cair bulan depan."


def _page(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


def test_a_source_label_over_the_story_names_the_reprinted_outlet(tmp_path: Path) -> None:
    text = _page(
        "Villagers clear a blocked canal after the floods",
        "Source\nJakarta Globe - September 18, 2025",
        "Antara, Sukamaju – Villagers spent the weekend clearing an irrigation canal blocked by mud.",
        '"We will not let the fields fail again," village head Fulan Hidayat said.',
        "Repairs to the water gates will start once the village funds arrive next month.",
    )
    assert load_article(tmp_path, text).outlet == "Jakarta Globe"


def test_a_source_label_reads_only_a_known_outlet() -> None:
    assert labelled_source(["Sumber: Jakarta Globe | 18/9/2025", _LEAD]) == "Jakarta Globe"
    assert labelled_source(["Sumber:", "Berita Terkait", _LEAD]) == ""
    assert labelled_source(["Sumber air warga mengering sejak Juli", _LEAD]) == ""


def test_a_partners_production_note_names_its_outlet(tmp_path: Path) -> None:
    text = _page(
        _TITLE,
        _LEAD,
        _QUOTE,
        "Artikel ini diproduksi oleh Rina Marlina dari ABC News.",
        _MORE,
        "- Judul berita lain yang tidak berhubungan",
    )
    assert load_article(tmp_path, text).outlet == "ABC News"


def test_a_desk_code_may_number_its_writer(tmp_path: Path) -> None:
    text = _page(_TITLE, _LEAD, _QUOTE, f"{_MORE} (mcr27/jpnn)")
    assert load_article(tmp_path, text).outlet == "JPNN.com"


def test_an_interview_with_a_lower_case_domain_names_the_site(tmp_path: Path) -> None:
    quote = '"Kami tidak mau sawah gagal panen lagi," ujar Fulan Hidayat saat dihubungi merdeka.com.'
    text = _page(_TITLE, _LEAD, quote, _MORE)
    assert load_article(tmp_path, text).outlet == "Merdeka.com"


def test_a_copyright_line_cut_inside_its_year_still_names_the_site(tmp_path: Path) -> None:
    text = _page(_TITLE, _LEAD, _QUOTE, _MORE, "Editor: Rina Marlina", "Copyright © ANTARA 20")
    assert load_article(tmp_path, text).outlet == "Antara"
