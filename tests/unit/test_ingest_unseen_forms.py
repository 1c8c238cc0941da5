"""Page forms first met on real pages outside the dev sets: a dash glued to the dateline's place,
a small site's lower-case handle in brackets, and a fetch-day banner above an old story. Every fixture is invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from kutip.index.ingest.dateline import parse_dateline
from tests.conftest import load_article as load

BODY = (
    "Petugas gabungan mendirikan dapur umum di halaman kantor kecamatan untuk melayani para pengungsi.\n\n"
    '"Kami sudah menyiapkan perahu karet untuk warga yang masih bertahan," kata Kepala Pelaksana BPBD, '
    "Rudi Hartono, kepada wartawan.\n"
)


@pytest.mark.parametrize(
    ("paragraph", "outlet", "place"),
    [
        ("KABARCONTOH.CO, Bekasi-Kepolisian resor menetapkan dua tersangka pembakaran pos ronda.", "KABARCONTOH.CO", "Bekasi"),
        ("BEKASI (kabarcontoh) – Majelis hakim menilai putusan yang dibacakan siang itu sudah tepat.", "kabarcontoh", "BEKASI"),
    ],
)
def test_outlet_of_glued_and_handle_datelines(paragraph: str, outlet: str, place: str) -> None:
    dateline = parse_dateline(paragraph)
    assert dateline is not None and (dateline.outlet, dateline.place) == (outlet, place)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Jawa-Bali Padam, Perusahaan Listrik Minta Maaf kepada Pelanggan di Seluruh Wilayah",
        "Polisi Tangkap Pelaku di Jakarta-Bekasi",
        "Kerja sama Indonesia-Malaysia diperkuat lewat perjanjian baru.",
        "BEKASI (sementara) masih tergenang.",
    ],
)
def test_a_glued_dash_or_bracket_without_outlet_evidence_is_no_dateline(paragraph: str) -> None:
    dateline = parse_dateline(paragraph)
    assert dateline is None or not dateline.outlet


@pytest.mark.parametrize(
    ("banner", "date"),
    [
        pytest.param("Sabtu, 4 Oktober 2031", "", id="a_fetch_day_banner_above_an_old_story_is_not_its_date"),
        pytest.param("Rabu, 15 Januari 2025", "2025-01-15", id="a_stamp_days_after_the_event_stays_the_date"),
    ],
)
def test_a_day_above_the_headline(tmp_path: Path, banner: str, date: str) -> None:
    text = (
        f"{banner}\n\nBanjir Rendam Tiga Kecamatan di Bekasi\n\n"
        "Warga mengungsi setelah sungai meluap pada Senin (13/1/2025) malam dan merendam ratusan rumah "
        f"di tiga kecamatan.\n\n{BODY}"
    )
    assert load(tmp_path, text).date == date


def test_a_sourcing_verb_opening_the_lead_still_dates_the_story(tmp_path: Path) -> None:
    text = (
        "Mengutip Kabar Nusantara, Jumat (1/11/2024), warga tiga kecamatan mengungsi setelah sungai meluap.\n\n"
        f"{BODY}"
    )
    assert load(tmp_path, text).date == "2024-11-01"


def test_layout_space_runs_inside_a_paragraph_become_one_space(tmp_path: Path) -> None:
    text = (
        "Jakarta, Kabar Nusantara - Dua lembaga menawarkan mediasi kepada   kedua pihak yang berselisih.\n\n"
        '"Kami siap menjadi penengah," Ketua Dewan  Rudi Hartono  said after the meeting.\n'
    )
    body = load(tmp_path, text).body
    assert "  " not in body and "Rudi Hartono said" in body


@pytest.mark.parametrize("indent", ["", " "])
def test_date_stamp_glued_to_the_headline_dates_the_story_and_leaves_the_title(tmp_path: Path, indent: str) -> None:
    headline = "Pelatih Fulan Hidayat Jawab Isu Hubungan Tak Harmonis dengan Asisten"
    article = load(tmp_path, f"{indent}date 2023-12-01 {headline}\n\n{BODY}")
    assert article.title == headline
    assert article.date == "2023-12-01"
