"""The site a page comes from, named only where the page names itself: an invitation to follow
it, or its own short link printed under the lead. Every fixture is invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import load_article as load

LEAD = (
    "Warga tiga kecamatan mengungsi setelah sungai meluap dan merendam ratusan rumah semalam.\n\n"
    '"Kami sudah menyiapkan perahu karet untuk warga yang masih bertahan," kata Rudi Hartono.\n\n'
)


@pytest.mark.parametrize(
    ("tail", "outlet"),
    [
        pytest.param(
            "Jangan ketinggalan kabar lain, ikuti kanal Google News Tirto.id(rdh)\n",
            "Tirto.id",
            id="a_follow_invitation_names_the_site",
        ),
        pytest.param(
            "Kabar serupa sebelumnya dimuat Tirto.id pekan lalu.\n",
            "",
            id="a_site_named_without_an_invitation_is_not_the_outlet",
        ),
    ],
)
def test_a_site_named_under_the_story(tmp_path: Path, tail: str, outlet: str) -> None:
    assert load(tmp_path, f"{LEAD}{tail}").outlet == outlet


@pytest.mark.parametrize(
    ("link", "outlet"),
    [
        pytest.param("https://p.dw.com/p/2XyZq", "DW", id="a_listed_outlets_short_link_under_the_lead_names_it"),
        pytest.param(
            "https://contoh-foto.example.org/p/2XyZq", "", id="an_unlisted_sites_link_near_the_top_names_no_outlet"
        ),
    ],
)
def test_a_link_near_the_top(tmp_path: Path, link: str, outlet: str) -> None:
    text = f"Banjir Rendam Tiga Kecamatan\n\nJanuary 16, 2016\n\nFoto: dokumentasi warga\n\n{link}\n\n{LEAD}"
    assert load(tmp_path, text).outlet == outlet
