"""A long office before a one-word name: "kata Subkoordinator <unit> <body> <region> Fulan" (issue 9,
names session 41). The sentences are written for the tests."""

from __future__ import annotations

from kutip.index.entities.lexicon import lexicon
from tests.unit.recognised import person_names as _persons


def test_sub_glued_to_a_title_is_a_title_for_the_rules() -> None:
    assert ("subkoordinator",) in lexicon().titles


def test_a_titled_body_closing_on_its_region_ends_before_the_name() -> None:
    body = (
        '"Ikan di waduk mulai pulih," kata Subkoordinator Kelompok Pendataan Benih Bidang Perikanan '
        "Darat Dinas Kelautan dan Perikanan DKI Jakarta Sulastri pada Rabu (3/5)."
    )
    assert _persons(body) == ["Sulastri"]


def test_a_region_written_out_after_the_body_is_no_name() -> None:
    assert _persons("Rapat itu dihadiri Kepala Dinas Kelautan DKI Jakarta Selatan pada Rabu.") == []
