"""A listed figure written with the Bantenese title abbreviated ('TB' for 'Tubagus') takes the
list's full name, the written one an alias (issue 9, lead session 47 from the figures and speakers
engineers' requests; the person filter's alias feature no longer counts the list's own renaming, so
the row costs the NER splits nothing). Made-up sentences about a public figure."""

from __future__ import annotations

from tests.unit.recognised import person_names as _persons


def test_tb_and_the_surname_of_the_listed_figure_is_his_full_name() -> None:
    body = '"Rapat itu harus terbuka," kata anggota Komisi I DPR TB Hasanuddin di Jakarta.'
    assert _persons(body) == ["Tubagus Hasanuddin"]
