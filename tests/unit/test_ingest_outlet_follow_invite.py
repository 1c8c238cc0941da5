"""An invitation to follow the site on a news service names it without a domain (issue 10). Made-up
pages; outlet names are general knowledge."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import load_article

_PAGE = [
    "Warga Sukamaju Gotong Royong Bangun Jembatan Desa",
    "Warga desa berkumpul di balai pertemuan untuk membahas rencana pembangunan jembatan baru yang sudah "
    "lama mereka tunggu sejak banjir besar tahun lalu.",
    '"Kami ingin jembatan ini selesai sebelum musim hujan," kata Kepala Desa Fulan Hidayat.',
    "Pekerjaan dimulai pekan depan dengan bantuan warga dari tiga dusun di sekitar sungai.",
]


def _page(*tail: str) -> str:
    return "\n\n".join([*_PAGE, *tail]) + "\n"


def test_a_follow_invitation_on_a_news_service_names_the_site(tmp_path: Path) -> None:
    page = _page("Ikuti saluran WhatsApp Channel Tirto agar tak ketinggalan kabar terbaru")
    assert load_article(tmp_path, page).outlet == "Tirto"


def test_an_invitation_naming_two_outlets_names_none(tmp_path: Path) -> None:
    page = _page("Follow Tirto dan Tempo di Google News untuk kabar terbaru")
    assert load_article(tmp_path, page).outlet == ""


def test_a_line_without_a_news_service_is_no_invitation(tmp_path: Path) -> None:
    page = _page("Ikuti terus perkembangan kasus ini bersama Tirto")
    assert load_article(tmp_path, page).outlet == ""
