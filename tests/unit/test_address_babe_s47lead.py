"""'Babe' (Betawi: father, elder) is a word of address like 'Pak' or 'Bang': a person the page names in
full and then by 'Babe' and the given name is one person (issue 9, lead session 47, the figures
engineer's request). Made-up names and sentences."""

from __future__ import annotations

from tests.unit.recognised import person_names as _persons


def test_babe_and_a_given_name_the_page_writes_in_full_is_that_person() -> None:
    body = (
        "Ketua panitia Wiryono Halimi memberi tenggat kepada pengusaha. "
        "Pengusaha menilai pernyataan Babe Wiryono terlalu keras."
    )
    assert _persons(body) == ["Wiryono Halimi"]


def test_babe_before_a_name_the_page_never_writes_in_full_keeps_its_person() -> None:
    assert _persons('"Itu sudah beres," kata Babe Sadan kepada wartawan.') == ["Babe Sadan"]
