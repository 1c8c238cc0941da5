"""Bylines that sign with the writer's role or outlet after a separator ("Fulan Hidayat, Jurnalis",
"Fulan Hidayat | Contoh TV"), and two writers joined beside the date stamp. Lines written for these
tests; the people are invented."""

from __future__ import annotations

import pytest

from kutip.index.ingest.credits import credits_from_lines
from kutip.index.models import Credit


@pytest.mark.parametrize(
    ("lines", "name"),
    [
        (["Fulan Jumadil Akhir, Jurnalis", "Senin 30 Maret 2015 13:56 WIB"], "Fulan Jumadil Akhir"),
        (["Badu Santoso, Jurnalis"], "Badu Santoso"),
        (["Sari Wulandari | CNN Indonesia", "Sabtu, 17 Okt 2015 17:05 WIB"], "Sari Wulandari"),
        (["Diposting : 25 September 2020 01:29", "Fulan Hidayat - Bali Tribune"], "Fulan Hidayat"),
    ],
)
def test_a_byline_signed_with_its_role_or_outlet_credits_the_writer(lines: list[str], name: str) -> None:
    assert Credit("writer", name) in credits_from_lines(lines)


def test_two_writers_joined_beside_the_date_stamp() -> None:
    lines = ["Fulanah Sari & Badu Santoso", "April 8, 2019 | 11:29 am"]
    found = credits_from_lines(lines)
    assert Credit("writer", "Fulanah Sari") in found
    assert Credit("writer", "Badu Santoso") in found


@pytest.mark.parametrize(
    "line",
    [
        "Berita Terkini, Jurnalis",  # everyday words
        "Kota Bandung | CNN Indonesia",  # a place
        "Menteri Fulan Hidayat, Jurnalis",  # an office opens a caption's subject, not a writer's name
        "Fulan Hidayat, Ketua Panitia Lomba Desa",  # a role in the story, not the page's
    ],
)
def test_other_signed_lines_credit_no_one(line: str) -> None:
    assert credits_from_lines([line]) == []


def test_two_names_without_a_stamp_are_a_headline_or_a_caption() -> None:
    assert credits_from_lines(["Fulanah Sari & Badu Santoso"]) == []


def test_a_headline_signed_with_a_site_label_credits_no_one() -> None:
    assert credits_from_lines(["Ngopi Sambil Kabar Terkini - Berita"]) == []


@pytest.mark.parametrize(
    "lines",
    [
        ["Menteri Keuangan Fulanah Sari", "Rabu, 12 Mar 2025 19:34 WIB"],  # a caption under the stamp
        ["Kriminalitas Jakarta", "Senin, 2 Jan 2023 10:00 WIB"],  # a section's label
        ["Rapat DPR Bareng Fulan, Panglima TNI, dan Kepala Staf Badu Digelar Tertutup"],  # a headline
        ["Foto: ANTARA/HO-Partai Gerindra"],  # a handout from a party
    ],
)
def test_an_office_a_body_or_a_place_is_no_credited_person(lines: list[str]) -> None:
    assert credits_from_lines(lines) == []
