"""The newsroom reading its own archive again ("Mengutip arsip Contoh.com, Ana pernah menjelaskan …") signs
the page as its own sight does (issue 10, session 47); an office's archive names no outlet, and a page citing
the same brand as another's source is still not signed by it. Made-up pages."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import load_article

_TITLE = "Menteri Minta Guru Tidak Ragu Mencoba Metode Baru"
_LEAD = (
    "Menteri Pendidikan Fulan Hidayat meminta para guru di daerah tidak ragu mencoba metode belajar baru di "
    "kelas, terutama untuk murid sekolah dasar."
)
_QUOTE = '"Guru yang mau mencoba akan kami dampingi sampai bisa," kata Fulan.'


def _outlet(tmp_path: Path, archive_line: str, *more: str) -> str:
    return load_article(tmp_path, "\n\n".join([_TITLE, _LEAD, _QUOTE, archive_line, *more]) + "\n").outlet


def test_the_newsrooms_own_archive_signs_the_page(tmp_path: Path) -> None:
    line = "Mengutip arsip kabarwarta.com, Fulan pernah menjelaskan bahwa metode itu bukan kurikulum baru."
    assert _outlet(tmp_path, line) == "kabarwarta.com"


def test_an_offices_archive_names_no_outlet(tmp_path: Path) -> None:
    line = "Mengutip arsip Kemendagri, Fulan pernah menjelaskan bahwa metode itu bukan kurikulum baru."
    assert _outlet(tmp_path, line) == ""


def test_a_brand_also_cited_as_anothers_source_does_not_sign(tmp_path: Path) -> None:
    line = "Mengutip arsip kabarwarta.com, Fulan pernah menjelaskan bahwa metode itu bukan kurikulum baru."
    cited = "Hal itu juga pernah diberitakan, dikutip dari kabarwarta.com, pada tahun lalu."
    assert _outlet(tmp_path, line, cited) == ""
