"""A site's domain opening the lead with its spelled-out name or its place before the dash (issue 10,
session 28): "Contoh.id  Kabar Contoh - Warga …" names the site by its domain, not by the domain and the
name run together. Read on d1; the same shape with a place ("Contoh.com Kota — …") is on d3, where the
rule gives the domain the gold names. Every page here is made up."""

from __future__ import annotations

from pathlib import Path

import pytest

from kutip.index.ingest.lead_site import lead_site
from tests.conftest import load_article

LEAD = (
    "Ketua umum partai meminta semua kader berkonsentrasi pada musyawarah nasional dan tidak "
    "mengembangkan cerita lain di luar itu."
)
STORY = (
    '"Kita fokus saja pada musyawarah dan cari dukungan dari daerah," ujar Fulan Hidayat di Jakarta, Senin (2/12).\n\n'
    "Dia meminta para kader kembali fokus pada mekanisme pemilihan yang sudah disepakati bersama.\n"
)


@pytest.mark.parametrize(
    ("opening", "site"),
    [
        ("Kabarcontoh.id  Kabar Contoh - ", "Kabarcontoh.id"),
        ("Warta-contoh.com Sukamaju — ", "Warta-contoh.com"),
    ],
)
def test_the_domain_before_a_name_or_place_and_the_dash_names_the_site(
    tmp_path: Path, opening: str, site: str
) -> None:
    assert load_article(tmp_path, f"{opening}{LEAD}\n\n{STORY}").outlet == site


def test_a_domain_inside_a_sentence_is_not_the_site() -> None:
    assert lead_site([f"Menurut laporan Kabarcontoh.id Jakarta - {LEAD}"]) == ""
