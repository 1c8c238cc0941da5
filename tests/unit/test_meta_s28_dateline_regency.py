"""A regency the gazetteer lacks, beside a known place in the dateline (issue 10, session 28): "Contohsari,
Jabar - Ratusan rumah di Kabupaten Contohsari …" names no outlet, as the lead itself writes the word after
an administrative head. Read on d1; the ten pool pages (t1, t2, b1x, b2, c3, d3) whose outlet this dateline
rule gives keep it. Every page here is made up."""

from __future__ import annotations

from kutip.index.ingest.dateline import parse_dateline

LEAD = (
    "Ratusan rumah di Desa Sukamaju, {head} Contohsari, Jawa Barat, terendam banjir dan warga terpaksa "
    "mengungsi ke posko pengungsian di balai desa."
)


def test_a_part_the_lead_names_as_a_regency_is_no_outlet() -> None:
    for head in ("Kabupaten", "Kota", "Kecamatan"):
        found = parse_dateline(f"Contohsari, Jabar - {LEAD.format(head=head)}")
        assert found is None or found.outlet == ""


def test_an_unlisted_site_beside_its_place_is_still_the_outlet() -> None:
    found = parse_dateline(f"Contohsari, Jabar - {LEAD.format(head='Kabupaten Lain di')}")
    assert found is not None
    assert found.outlet == "Contohsari"
