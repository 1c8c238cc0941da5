"""Session 47, meta2 (made-up text): a logo's text a scrape repeated glued to itself ("Suara TepianSuara
Tepian") names the site, with the page's breadcrumb trail opening on it or an outlet word in it; a name
repeated without either, and a name written once, name nothing."""

from __future__ import annotations

from kutip.index.ingest.logo_repeat import repeated_logo
from kutip.index.ingest.plaintext import parse_plain_text
from tests.unit.test_deep_stamp_s47meta2 import _PAGE


def test_a_glued_repeated_logo_over_a_trail_is_the_outlet() -> None:
    assert parse_plain_text(_PAGE, source="p.txt").outlet == "Suara Tepian"


def test_the_evidence_it_needs() -> None:
    assert repeated_logo(["Tepian RayaTepian Raya", "Tepian Raya > Desa > Judul"]) == "Tepian Raya"
    assert repeated_logo(["Kabar TepianKabar Tepian"]) == "Kabar Tepian"
    assert repeated_logo(["Tepian RayaTepian Raya"]) == ""
    assert repeated_logo(["Kabar Tepian", "Kabar Tepian > Desa > Judul"]) == ""
