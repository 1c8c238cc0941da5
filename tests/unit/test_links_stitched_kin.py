"""A passage an article quotes in two paragraphs with its own paraphrase between them is still one
passage: the two quotes of one kind either side of it are tried as the halves of another outlet's
whole quote (fictional speakers and remarks)."""

from __future__ import annotations

from pathlib import Path

from tests.unit.test_crosslang_stitched import _article
from tests.unit.test_linking_incremental import Archive
from tests.unit.test_links_stitched import FIRST, SECOND, WHOLE

BETWEEN = "pemerintah terus memantau pasar induk setiap malam"


def test_two_quotes_around_a_paraphrase_report_the_whole(tmp_path: Path) -> None:
    archive = Archive(tmp_path)
    archive.add(_article("satu", "id", (FIRST, "direct"), (BETWEEN, "indirect"), (SECOND, "direct")))
    archive.add(_article("dua", "id", (WHOLE, "direct")))
    assert archive.cluster_of("dua:0") == archive.cluster_of("satu:0") == archive.cluster_of("satu:2")
    assert archive.cluster_of("satu:1") != archive.cluster_of("dua:0")
