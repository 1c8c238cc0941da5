"""What an untitled article's list row and citation show (session 46, meta3; issue 10).

Invented pages: the site's own name heading the lead after the dateline, before a bar, or in a bracket
the place runs into is no part of the stand-in; a copyright line with the year first, or with its sign
decoded in a wrong code page, is no headline.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kutip.index.citations.source import source_from_article
from kutip.index.docstore import lead_of
from kutip.index.ingest.own_name_opener import own_name_opener
from tests.conftest import load_article as load_text
from tests.unit.ingest_pages import BRIDGE_STORY as _STORY

_LEAD = "Bupati Sukamaju Ana Lestari meresmikan jembatan gantung baru di Desa Mekarsari pada Senin pagi."


@pytest.mark.parametrize(
    ("opening", "outlet"),
    [
        (f"SUKAMAJU – Kabarcontoh.com – {_LEAD}", "kabarcontoh.com"),
        (f"Warta Contoh | {_LEAD}", "warta contoh"),
        (f"kabarcontoh.co. {_LEAD}", "kabarcontoh.co"),
        (f"Sukamaju(kabarcontoh.com){_LEAD}", "kabarcontoh.com"),
    ],
)
def test_own_name_is_no_part_of_the_stand_in(tmp_path: Path, opening: str, outlet: str) -> None:
    article = load_text(tmp_path, f"{opening}\n\n{_STORY}")
    assert article.title == ""
    assert article.outlet.casefold() == outlet
    assert lead_of(article.body[:210], article.dateline).startswith("Bupati Sukamaju Ana Lestari")
    assert source_from_article(article).title.startswith("[Bupati Sukamaju Ana Lestari")


@pytest.mark.parametrize(
    "opening",
    [
        f"Kabarcontoh.com – {_LEAD}",  # another site's name than the outlet's
        f"Ana Lestari | {_LEAD}",
        _LEAD,
    ],
)
def test_other_names_stay_in_the_lead(opening: str) -> None:
    assert own_name_opener(opening, "Warta Contoh") == ""


@pytest.mark.parametrize(
    "line",
    [
        "2024 © PT Contoh Media Nusantara",
        "© 2024 PT Contoh Media",
        "2024 ยฉ PT Contoh Media Nusantara",
        "Â© 2023 Contoh",
    ],
)
def test_copyright_line_is_no_headline(tmp_path: Path, line: str) -> None:
    page = f"Tentang Kami Pedoman Media Siber Karir\n\n{line}\n\nVersion 2.1.0\n\n{_LEAD}\n\n{_STORY}"
    article = load_text(tmp_path, page)
    assert article.title == ""
    assert line not in article.body


_EN_LEAD = "The regent said on Monday that the new suspension bridge would open to every villager next month."
_EN_STORY = (
    "Officials said the works were finished ahead of the rainy season after months of delays.\n\n"
    "Residents hope the regency will now repair the road leading up to the bridge as well."
)


def test_writer_before_the_place_is_no_part_of_the_stand_in(tmp_path: Path) -> None:
    article = load_text(tmp_path, f"Ana Putri Lestari, Jakarta – {_EN_LEAD}\n\n{_EN_STORY}")
    assert article.title == ""
    assert article.outlet == ""
    assert lead_of(article.body[:210], article.dateline).startswith("The regent said")
    assert source_from_article(article).title.startswith("[The regent said")


@pytest.mark.parametrize(
    "opening",
    [
        "Kabar Contoh Raya, Jakarta – ",  # a site's name, not a writer's
        "Jakarta Selatan, Sukamaju – ",  # places
        "Ana Putri Lestari, Sukamaju Kidul Baru – ",  # no place the gazetteer knows
    ],
)
def test_other_openings_are_no_writer(opening: str) -> None:
    from kutip.index.ingest.writer_opener import writer_opener

    assert writer_opener(opening + _EN_LEAD) == ""
