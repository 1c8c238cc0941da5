"""Days the narration ties to the story's own (issue 10): "hari ini, Minggu (…)" below the lead and
"dikutip pada Senin (…)" after a quote are days of what the story reports, not a publication date the
page states (annotators of unseen pages gave none: two dates were invented so). Every page here is made up."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import load_article
from tests.unit.ingest_pages import PLANNED_BRIDGE_TITLE as _TITLE

_PARAGRAPHS = [
    "Warga desa berkumpul di balai pertemuan untuk membahas rencana pembangunan jembatan baru yang sudah "
    "lama mereka tunggu sejak banjir besar tahun lalu.",
    '"Kami ingin jembatan ini selesai sebelum musim hujan," kata Kepala Desa Fulan Hidayat.',
    "Pekerjaan dimulai pekan depan dengan bantuan warga dari tiga dusun di sekitar sungai.",
    "Menurut Fulan, bahan bangunan sudah dikumpulkan sejak awal bulan oleh para pemuda desa.",
]


def _page(*extra: str) -> str:
    return "\n\n".join([_TITLE, *_PARAGRAPHS, *extra]) + "\n"


def test_today_beside_a_dated_weekday_below_the_lead_is_no_publication_date(tmp_path: Path) -> None:
    page = _page("Untuk diketahui, peresmian jembatan berlangsung pada hari ini Minggu, (20/10/2024).")
    assert load_article(tmp_path, page).date == ""


def test_today_beside_an_english_weekday_date_is_no_publication_date(tmp_path: Path) -> None:
    page = _page("The ceremony will be held today, Sunday, October 20, 2024, at the village hall.")
    assert load_article(tmp_path, page).date == ""


@pytest.mark.parametrize(
    "line",
    [
        # the speaker's today, inside a quote
        '"Peresmian berlangsung hari ini, Minggu (20/10/2024)," kata Fulan.',
        # until today looks back from the story's day
        "Jembatan lama tetap dipakai sampai hari ini, Minggu (20/10/2024), meski rusak.",
        # a date with no weekday beside today is no tie
        "Hari ini warga kembali bekerja, setelah rapat pada 12 Oktober 2024 lalu.",
    ],
)
def test_today_not_tied_to_the_stories_day_gives_no_date(tmp_path: Path, line: str) -> None:
    assert load_article(tmp_path, _page(line)).date == ""


def test_quoted_on_a_weekday_after_the_quote_is_no_publication_date(tmp_path: Path) -> None:
    line = '"Kami belum tahu perkembangannya," kata Fulan, dikutip pada Senin (27/10/2025).'
    page = _page().replace(_PARAGRAPHS[1], line)
    assert load_article(tmp_path, page).date == ""


def test_quoted_straight_on_a_weekday_after_the_quote_still_dates_the_story(tmp_path: Path) -> None:
    line = '"Kami belum tahu perkembangannya," kata Fulan dalam kolomnya, dikutip Senin (27/10/2025).'
    page = _page().replace(_PARAGRAPHS[1], line)
    assert load_article(tmp_path, page).date == "2025-10-27"


def test_a_source_named_after_the_quote_still_dates_the_quote_not_the_story(tmp_path: Path) -> None:
    line = '"Kami belum tahu," kata Fulan dilansir dari tayangan kanal video desa, Rabu (10/10/2022).'
    page = _page().replace(_PARAGRAPHS[1], line)
    assert load_article(tmp_path, page).date == ""
