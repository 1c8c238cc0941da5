"""People named in related-article headlines ("Baca juga: ...") are listed with the page.

Every line is written for these tests; the people are invented.
"""

from __future__ import annotations

import pytest

from kutip.index.entities.related import related_persons
from kutip.index.ingest.credits import credits_from_lines
from kutip.index.models import Credit


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Baca: Laga Usai, Pelatih Rodrigo Santana Puji Pemain Muda", ["Rodrigo Santana"]),
        ("Baca juga: Pelatih Park Jae-won Puji Pemain Muda", ["Park Jae-won"]),
        # one name after a rank or title: the title vouches for it
        ("Baca juga: Alasan Komjen Sudarsono Jawab Isu Mutasi", ["Sudarsono"]),
        # one name quoted before a colon: the headline's speaker
        ("Baca juga: Banjir Datang Lagi, Sudarsono: Kami Siap Mengungsi", ["Sudarsono"]),
        (
            "Baca Juga: Pabrik Baru Akan Dikunjungi CEO RocketX Fulan Hidayatullah di Batam",
            ["Fulan Hidayatullah"],
        ),
        (
            "Baca juga: Sudah Pamit, Klub Batal Ditinggal Manajer Fulan Hidayatullah, Ini Sebabnya",
            ["Fulan Hidayatullah"],
        ),
        ("BACA JUGA:Musim Usai, Kisah Rodrigo Santana Bisa Terulang di Liga Inggris", ["Rodrigo Santana"]),
    ],
)
def test_names_in_related_headlines(line: str, names: list[str]) -> None:
    assert related_persons([line]) == names


@pytest.mark.parametrize(
    "line",
    [
        # an English label: the tagger reads Indonesian only, and English headlines capitalise every word
        "Read more: Rocket Firm Will Conduct Fresh Tests Next Week",
        # one name with no title before it
        "Baca juga: Sudarsono Jawab Isu Mutasi Pejabat Daerah",
        # a place and a thing in Title Case
        "Baca juga: Depo Lumbung Terbakar, Direksi Pastikan Stok BBM di Jawa Aman",
        # a headline naming nobody
        "Baca juga: 5 Fakta Banjir Bandang di Lembah Hijau, Ratusan Rumah Terendam",
        # the same headline without the related-article label is not read here
        "Sudah Pamit, Klub Batal Ditinggal Manajer Fulan Hidayatullah, Ini Sebabnya",
    ],
)
def test_no_names_from_other_lines(line: str) -> None:
    assert related_persons([line]) == []


@pytest.mark.parametrize(
    "line",
    [
        "Baca juga: Jokowi Tegas Sampaikan Tambang Sudah Milik Negara",
        "BACA JUGA:Jokowi Kunker di Pelabuhan Baru, Resmikan Dermaga",  # the nickname, then an abbreviation
    ],
)
def test_a_listed_nickname_names_its_figure(line: str) -> None:
    """One listed nickname is the figure's full name (the body's own mentions take that name too,
    so a page naming him in the story lists him once)."""
    assert related_persons([line]) == ["Joko Widodo"]


@pytest.mark.parametrize(
    "line",
    [
        "Baca juga: Bupati Sukamaju Temui Langsung Warga Korban Banjir",
        "Baca Juga: Gubernur Kalbar Juluki Wali Kota Wirabata Pemimpin Muda",
    ],
)
def test_one_word_after_a_regional_head_is_the_region(line: str) -> None:
    assert related_persons([line]) == []


def test_related_persons_are_listed_as_linked_credits() -> None:
    lines = ["Baca juga: Sudah Pamit, Klub Batal Ditinggal Manajer Fulan Hidayatullah, Ini Sebabnya"]
    assert credits_from_lines(lines) == [Credit("linked", "Fulan Hidayatullah")]


def test_a_nickname_ending_a_longer_name_is_not_the_figure() -> None:
    # "Risma" is listed for a figure; after a given name it ends another person's name
    assert related_persons(["Baca juga: Kasus Perundungan Aulia Risma Diusut, Publik Geram"]) == []


def test_a_name_quoted_before_a_headlines_colon_is_a_person() -> None:
    assert related_persons(["Baca juga: Netizen: Kami Kecewa dengan Keputusan Itu"]) == []
    assert related_persons(["Baca juga: Warga Protes Kenaikan Tarif, Sudarsono : Kami Akan Kaji"]) == [
        "Sudarsono"
    ]
