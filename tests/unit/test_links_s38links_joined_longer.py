"""Session 38, links: a compound the LONGER report writes as one word (``sepakbola``) and the shorter
as two (``sepak bola``) is found too, once: the two words of the shorter count as one term found in
one word of the longer. Session 34 read only the other way (the shorter's word joined). Fixtures
written for kutip: a fictional speaker and remarks."""

from __future__ import annotations

from kutip.index.linking.similarity import similarity
from kutip.index.linking.update import doc_of, matches

SPEAKER = "Fulan Hidayat"
# the longer report writes the compound joined, the shorter apart
LONGER = (
    "Kita butuh keberanian untuk sepakbola yang jujur dan juga sepakbola yang maju, itu yang utama. "
    "Jangan ada lagi permainan kotor di liga kita"
)
SHORTER = "Keberanian untuk sepak bola yang jujur, itu yang utama"


def test_two_words_of_the_shorter_written_as_one_in_the_longer_count_once() -> None:
    found = similarity(["sepak", "bola", "jujur"], ["sepakbola", "jujur", "maju", "liga"])
    assert found.shared == 2  # "sepak bola" is one term found, "jujur" another
    assert found.containment == 1.0  # of two terms: the compound and "jujur"


def test_one_half_alone_a_short_half_or_a_number_is_not_a_compound() -> None:
    assert similarity(["sepak", "jujur", "desa"], ["sepakbola", "jujur", "maju", "liga"]).shared == 1
    assert similarity(["bis", "nis", "jujur"], ["bisnis", "jujur", "maju", "liga"]).shared == 1
    assert similarity(["2024", "2025", "jujur"], ["20242025", "jujur", "maju", "liga"]).shared == 1


def test_a_half_is_read_in_one_compound_only() -> None:
    found = similarity(["kerja", "sama", "keras"], ["kerjasama", "kerjakeras", "maju", "liga"])
    assert found.shared == 1
    assert found.containment == 0.5  # "kerja keras" is one compound of two terms; "sama" is left over


def test_one_remark_with_the_compound_joined_in_the_longer_report_links() -> None:
    longer = doc_of("a:0", "a", LONGER, speaker=SPEAKER)
    shorter = doc_of("b:0", "b", SHORTER, speaker=SPEAKER, date="2024-05-02")
    assert matches(longer, shorter)
