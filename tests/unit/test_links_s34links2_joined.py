"""Session 34, second links round: a compound one outlet writes as one word and another as two, in
either order (``mikroekonomi`` / ``ekonomi mikro``), counts as found (fixtures written for kutip:
fictional speaker and remark)."""

from __future__ import annotations

from kutip.index.linking.similarity import similarity
from kutip.index.linking.update import doc_of, matches

SPEAKER = "Fulan Hidayat"
JOINED = (
    "Janji saya jelas: mikroekonominya saya benahi, makroekonominya saya kuatkan, pasar rakyat ramai lagi"
)
APART = "Janji saya jelas, ekonomi mikro saya benahi dan ekonomi makro saya kuatkan, warung ramai lagi"


def test_a_word_written_joined_is_found_in_its_two_parts_either_order() -> None:
    assert similarity(["mikroekonomi", "janji"], ["ekonomi", "mikro", "janji"]).shared == 2
    assert similarity(["tanggungjawab"], ["tanggung", "jawab", "penuh"]).shared == 1


def test_one_part_alone_or_a_short_word_is_not_enough() -> None:
    assert similarity(["kerjasama", "janji"], ["kerja", "janji", "desa"]).shared == 1
    assert similarity(["bisnis"], ["bis", "nis"]).shared == 0  # parts of four letters or more
    assert similarity(["20242025"], ["2024", "2025"]).shared == 0  # a number is no compound


def test_one_remark_written_with_the_compound_joined_and_apart_links() -> None:
    joined = doc_of("a:0", "a", JOINED, speaker=SPEAKER, date="2024-05-02")
    apart = doc_of("b:0", "b", APART, speaker=SPEAKER, date="2024-05-02")
    assert matches(joined, apart)
