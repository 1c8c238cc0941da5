"""Datelines that name no outlet (issue 10, session 31): reporters' names beside the place ("Ana Lee
Budiman, Citra Dewi, Jakarta – …"; read on e3, where a co-reporter was taken for the outlet), and outlet
words alone ("News, JAKARTA – …", as a site copying another's page with the brand cut out leaves them;
read on h3, where the page's own domain at its top is then the outlet). Every page here is made up."""

from __future__ import annotations

from pathlib import Path

import pytest

from kutip.index.ingest.dateline import parse_dateline
from tests.conftest import load_article

_LEAD = (
    "President elect Fulan Hidayat says it is not a problem that he is often criticised by many people "
    "in the capital and in the regions."
)


@pytest.mark.parametrize(
    "opening",
    ["Ana Lee Budiman, Citra Dewi, Jakarta", "News, JAKARTA", "Media Online, Bekasi"],
)
def test_reporters_or_outlet_words_alone_name_no_outlet(opening: str) -> None:
    dateline = parse_dateline(f"{opening} – {_LEAD}")
    assert dateline is None or dateline.outlet == ""


@pytest.mark.parametrize(
    ("opening", "outlet"),
    [
        ("Ana Lee Budiman, Warta Kota Digital, Jakarta", "Warta Kota Digital"),
        ("Jakarta, IDN Times", "IDN Times"),
        ("Kabar Nusantara, Bekasi", "Kabar Nusantara"),
    ],
)
def test_a_name_with_an_outlets_evidence_still_names_it(opening: str, outlet: str) -> None:
    dateline = parse_dateline(f"{opening} – {_LEAD}")
    assert dateline is not None and dateline.outlet == outlet


def test_the_pages_own_domain_names_it_over_a_dateline_of_outlet_words(tmp_path: Path) -> None:
    page = f"contohvodic.com\n\nFulan Hidayat Bicara soal Kritik - News\n\nNews, JAKARTA - {_LEAD}\n"
    assert load_article(tmp_path, page).outlet == "contohvodic.com"
