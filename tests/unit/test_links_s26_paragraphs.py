"""A quotation running over two paragraphs opens each with a mark (or none) and closes only the
last; the statements stage gives each paragraph as a statement, but they are one utterance: two
outlets quoting the passage, each in two paragraphs, are one cluster, so a part of one meets the
other part of the other. Two quotations that each close stay two (fixtures written for kutip: a
fictional police spokesman and remarks)."""

from __future__ import annotations

from pathlib import Path

from kutip.index.linking.stitched import runs_on
from kutip.index.models import Article
from tests.unit.quoted import quoted_article
from tests.unit.test_linking_incremental import Archive

SPEAKER = "Fulan Hidayat"
FIRST = "Sudah kami sampaikan sejak pagi, pos pengamanan berdiri di sepanjang jembatan timur"
SECOND = "Itu sudah 12 orang yang kami periksa dari tiga rombongan berbeda"


def test_a_paragraph_break_without_a_closing_mark_goes_on() -> None:
    assert runs_on("\n\n")  # no marks at all
    assert runs_on('\n\n"')  # each paragraph opens with a mark, only the last closes
    assert runs_on("\n\n“")
    assert not runs_on('"\n\n"')  # the first closes: two quotations
    assert not runs_on("”\n\n“")
    assert not runs_on(", kata Fulan. ")
    assert not runs_on("\n\nKata Fulan,\n")


def _article(aid: str, gap: str, attribution: str) -> Article:
    body = f'"{FIRST}.{gap}{SECOND}," {attribution} Hidayat kepada wartawan, Kamis (5/11/2020).'
    return quoted_article(
        aid,
        body,
        [(SPEAKER, FIRST + ".", f"{attribution} Hidayat"), (SPEAKER, SECOND, f"{attribution} Hidayat")],
        date="2020-11-05",
    )


def _one_cluster(folder: Path, gap: str) -> bool:
    folder.mkdir()
    archive = Archive(folder)
    archive.add(_article("kompas", gap, "ujar Kabid Humas Fulan"))
    archive.add(_article("tribun", gap, "kata Kombes Fulan"))
    clusters = {archive.cluster_of(f"{aid}:{n}") for aid in ("kompas", "tribun") for n in (0, 1)}
    return len(clusters) == 1


def test_two_reports_of_a_quotation_over_two_paragraphs_are_one_cluster(tmp_path: Path) -> None:
    assert _one_cluster(tmp_path / "marks", '\n\n"')
    assert _one_cluster(tmp_path / "bare", "\n\n")
    # each paragraph closed: two quotations, each its own cluster across the two reports
    assert not _one_cluster(tmp_path / "closed", '"\n\n"')
