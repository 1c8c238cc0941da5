"""A sentence-case headline over a longer standfirst that retells the lead in other words (issue 10,
title >= 0.95): the standfirst is no headline. Every page here is made up."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import load_article

_HEADLINE = "Elders back early harvest call"
_DEK = (
    "The village council tells growers across three districts to pick their crops weeks ahead of the "
    "usual season as the rains stay away"
)
_STORY = (
    "Farmers across three districts of Sukamaju began picking their corn two weeks early on Friday, "
    "after the village council told growers the rains would not come in time.\n\n"
    '"If we wait, the cobs dry on the stalk," said council head Fulan Hidayat, adding that the season '
    "had been the driest the districts had seen in years.\n\n"
    "Growers said prices at the village market had held so far, though traders expected them to fall "
    "once the early crops reached the districts.\n"
)


def test_a_longer_standfirst_retelling_the_lead_is_no_headline(tmp_path: Path) -> None:
    page = f"Sukamaju\n\n{_HEADLINE}\n\n{_DEK}\n\n{_STORY}"
    assert load_article(tmp_path, page).title == _HEADLINE


def test_a_stopped_sentence_under_the_headline_is_weighed_as_before(tmp_path: Path) -> None:
    page = f"{_HEADLINE}\n\n{_STORY}"
    assert load_article(tmp_path, page).title == _HEADLINE


_LEAD_ID = (
    "Petani di tiga desa Sukamaju memanen jagung dua pekan lebih awal karena hujan tak kunjung turun sejak "
    "bulan lalu, kata kepala desa kepada warga yang berkumpul di balai desa.\n\n"
    "Menurut dia, harga jagung di tingkat petani masih bertahan di kisaran yang sama.\n"
)


def test_a_day_printed_alone_without_its_year_is_no_headline(tmp_path: Path) -> None:
    page = f"Jumat, Oktober 3\n\nSukamaju\n\n{_LEAD_ID}"
    assert load_article(tmp_path, page).title == ""


@pytest.mark.parametrize(
    "headline",
    [
        "Senin Kelabu di Pasar Ikan Sukamaju",
        "Oktober 2031 Jadi Bulan Panen Raya Petani Sukamaju",
        "Jumat Keramat, 3 Desa Panen Serentak",
    ],
)
def test_a_headline_opening_on_a_day_or_a_month_is_still_a_headline(tmp_path: Path, headline: str) -> None:
    assert load_article(tmp_path, f"{headline}\n\n{_LEAD_ID}").title == headline


def test_a_caption_closing_on_its_pictures_web_source_is_no_headline(tmp_path: Path) -> None:
    caption = "Kepala Desa Sukamaju Fulan Hidayat ketika rapat dengan komisi II DPRD. (www.contohfoto.com/@fulan.h)"
    lead = (
        "Kepala Desa Sukamaju Fulan Hidayat meminta Kelompok Tani Desa memanen jagung dua pekan lebih awal "
        "karena hujan tak kunjung turun, katanya dalam rapat dengan komisi II DPRD di balai desa."
    )
    page = f"{caption}\n{caption}\n\n{lead}\n\n{_LEAD_ID}"
    assert load_article(tmp_path, page).title == ""


def test_a_headline_with_a_bracket_after_no_stop_is_still_a_headline(tmp_path: Path) -> None:
    headline = "Petani Sukamaju Panen Jagung Lebih Awal (Kemarau Panjang)"
    page = f"{headline}\n\n{_LEAD_ID}"
    assert load_article(tmp_path, page).title == headline
