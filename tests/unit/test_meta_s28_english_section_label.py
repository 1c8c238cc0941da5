"""A word in capitals before an English lead's dash is no site's name (issue 10, session 28): "INTERNATIONAL –
Indonesia has long …" gave the page the outlet "International". Small Indonesian sites sign their leads so
("KABARCONTOH – Warga …"); English leads put a section's label or a place there, as wires do. Read on d3
(one page, gold no outlet); the three pool pages whose outlet the two lead-name rules give (t1, t2, b1x)
are Indonesian and keep it. Every page here is made up."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import load_article

ENGLISH = (
    "{label} – Indonesia has long been striving for its first gold medal in the sport, after years of silver "
    "and bronze finishes at the regional games.\n\n"
    '"We have trained for this moment for a very long time," coach Fulan Hidayat said on Monday.\n\n'
    "The team will travel to the games next month with eight athletes, the largest squad it has sent.\n"
)
INDONESIAN = (
    "{label} – Warga Desa Sukamaju membersihkan saluran irigasi yang tersumbat lumpur sejak banjir bulan "
    "lalu, dibantu petugas kecamatan.\n\n"
    '"Kami tidak mau sawah gagal panen lagi," kata Kepala Desa Fulan Hidayat kepada wartawan, Kamis (3/11).\n\n'
    "Menurut dia, perbaikan pintu air akan dimulai setelah dana desa cair bulan depan.\n"
)


@pytest.mark.parametrize("label", ["INTERNATIONAL", "BUSINESS"])
def test_a_capitals_word_over_an_english_lead_is_no_outlet(tmp_path: Path, label: str) -> None:
    assert (
        load_article(tmp_path, "Athletes aim for a first gold\n\n" + ENGLISH.format(label=label)).outlet == ""
    )


def test_a_capitals_site_name_over_an_indonesian_lead_still_names_the_site(tmp_path: Path) -> None:
    page = "Warga bersihkan saluran irigasi\n\n" + INDONESIAN.format(label="KABARCONTOH")
    assert load_article(tmp_path, page).outlet.casefold() == "kabarcontoh"
