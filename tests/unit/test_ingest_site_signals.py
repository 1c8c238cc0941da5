"""The site a page comes from, named only where the page names itself: an invitation to follow
it, or its own short link printed under the lead. Every fixture is invented."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import load_article as load

LEAD = (
    "Warga tiga kecamatan mengungsi setelah sungai meluap dan merendam ratusan rumah semalam.\n\n"
    '"Kami sudah menyiapkan perahu karet untuk warga yang masih bertahan," kata Rudi Hartono.\n\n'
)


def test_a_follow_invitation_names_the_site(tmp_path: Path) -> None:
    text = f"{LEAD}Jangan ketinggalan kabar lain, ikuti kanal Google News Tirto.id(rdh)\n"
    assert load(tmp_path, text).outlet == "Tirto.id"


def test_a_site_named_without_an_invitation_is_not_the_outlet(tmp_path: Path) -> None:
    text = f"{LEAD}Kabar serupa sebelumnya dimuat Tirto.id pekan lalu.\n"
    assert load(tmp_path, text).outlet == ""


def test_a_listed_outlets_short_link_under_the_lead_names_it(tmp_path: Path) -> None:
    text = (
        "Banjir Rendam Tiga Kecamatan\n\nJanuary 16, 2016\n\nFoto: dokumentasi warga\n\n"
        f"https://p.dw.com/p/2XyZq\n\n{LEAD}"
    )
    assert load(tmp_path, text).outlet == "DW"


def test_an_unlisted_sites_link_near_the_top_names_no_outlet(tmp_path: Path) -> None:
    text = (
        "Banjir Rendam Tiga Kecamatan\n\nJanuary 16, 2016\n\nFoto: dokumentasi warga\n\n"
        f"https://contoh-foto.example.org/p/2XyZq\n\n{LEAD}"
    )
    assert load(tmp_path, text).outlet == ""
