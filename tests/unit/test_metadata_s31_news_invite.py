"""An invitation to more news from a name names the site, whatever its words (issue 10, session 31):
"Ikuti berita menarik lainnya dari situs X", "Check out the other news from X to stay updated". Read on
f2 and h3. Every page here is made up."""

from __future__ import annotations

from pathlib import Path

import pytest

from kutip.index.ingest.site_invite import invited_site
from tests.conftest import load_article
from tests.unit.ingest_pages import PLANNED_BRIDGE_LEAD as _LEAD
from tests.unit.ingest_pages import PLANNED_BRIDGE_MORE as _MORE
from tests.unit.ingest_pages import PLANNED_BRIDGE_TITLE as _TITLE

_STORY = _LEAD + "\n\n" + _MORE


@pytest.mark.parametrize(
    ("footer", "outlet"),
    [
        ("Ikuti berita-berita menarik lainnya dari situs Contoh Sentosa.", "Contoh Sentosa"),
        ("Check out the other news from Contoh Expat to stay updated on everything here!", "Contoh Expat"),
        ("Simak berita terbaru lainnya dari Lentera Contoh di Google News.", "Lentera Contoh"),
    ],
)
def test_an_invitation_to_more_news_from_a_name_names_the_site(
    tmp_path: Path, footer: str, outlet: str
) -> None:
    assert load_article(tmp_path, f"{_TITLE}\n\n{_STORY}\n\n{footer}\n").outlet == outlet


@pytest.mark.parametrize(
    "line",
    [
        "Simak berita lainnya dari Jakarta.",  # news from a place
        "Baca berita lainnya dari Presiden Fulan Hidayat.",  # a person, by the title before the name
        "IKUTI BERITA LAINNYA DI GOOGLE NEWS",  # a platform
        "Ikuti berita terkini dari Humas Sukamaju.",  # an office
        "Baca juga: Berita Warga dari Sukamaju Raya",  # a related story's headline
    ],
)
def test_news_from_a_place_person_platform_or_office_names_no_site(line: str) -> None:
    assert invited_site([line]) == ""


def test_a_domain_in_a_news_invitation_is_not_cut_at_its_dot() -> None:
    from kutip.index.ingest.site_invite import _NEWS_INVITE

    assert _NEWS_INVITE.match("Dapatkan informasi komprehensif di Kabarcontoh.com") is None
    assert invited_site(["Dapatkan informasi komprehensif di Kabarcontoh.com"]) == "Kabarcontoh.com"
