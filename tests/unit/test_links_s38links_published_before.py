"""Session 38, links: a report published before the day another report's attribution states for its
remark cannot carry that remark. One speaker telling the like on two days (the day he takes office,
the next day after a meeting), or announcing on the eve what he will do tomorrow, is two occasions
unless the words are near-identical (an outlet dating its copy by its own edition, session 36).
Fixtures written for kutip: a fictional speaker and remarks."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from kutip.index.linking.update import doc_of, published_before_said, stated_apart
from tests.unit.test_linking_incremental import Archive
from tests.unit.test_linking_s29_stated_days import _article

REMARK = (
    "Bantuan gizi untuk ibu hamil, ibu menyusui dan anak balita kami laksanakan lebih dulu, "
    "baru kemudian anak sekolah di seluruh kabupaten"
)
RETOLD = "Untuk ibu hamil, ibu menyusui dan balita bantuan gizinya kami kerjakan dulu, sesudah itu anak sekolah"
SAID_TUESDAY = "kata Fulan di Jakarta, Selasa (20/8/2024)."


def _linked(tmp_path: Path, first_day: str, later: str, later_said: str, later_day: str) -> bool:
    tmp_path.mkdir(exist_ok=True)
    archive = Archive(tmp_path)
    archive.add(
        _article("a", (REMARK, "kata Fulan."), day=first_day),
        _article("b", (later, later_said), day=later_day),
    )
    return archive.cluster_of("a:0") == archive.cluster_of("b:0")


def test_a_report_published_the_day_before_the_stated_remark_is_another_occasion(tmp_path: Path) -> None:
    assert not _linked(tmp_path, "2024-08-19", RETOLD, SAID_TUESDAY, "2024-08-20")


def test_on_or_after_the_stated_day_or_near_identical_words_still_link(tmp_path: Path) -> None:
    assert _linked(tmp_path / "same", "2024-08-20", RETOLD, SAID_TUESDAY, "2024-08-20")
    assert _linked(tmp_path / "next", "2024-08-21", RETOLD, SAID_TUESDAY, "2024-08-21")
    assert _linked(tmp_path / "unstated", "2024-08-19", RETOLD, "kata Fulan.", "2024-08-20")
    assert _linked(tmp_path / "copied", "2024-08-19", REMARK, SAID_TUESDAY, "2024-08-20")


def test_undated_or_across_languages_nothing_is_set_apart() -> None:
    dated = doc_of("a:0", "a", REMARK, speaker="Fulan", date="2024-08-19")
    undated = doc_of("c:0", "c", REMARK, speaker="Fulan")
    later = doc_of("b:0", "b", RETOLD, speaker="Fulan", date="2024-08-20")
    said_later = replace(later, stated=later.day)
    assert published_before_said(dated, said_later) and stated_apart(dated, said_later)
    assert not published_before_said(undated, said_later)
    assert not stated_apart(replace(dated, lang="en"), said_later)
