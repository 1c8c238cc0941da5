"""The foundation issue's checks on the real seed articles (skipped without ../shared)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kutip.index.facade import Archive


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Archive:
    from tests.conftest import SHARED

    seeds = SHARED / "corpus" / "seeds"
    if not seeds.is_dir():
        pytest.skip("../shared is not available")
    archive = Archive.open(tmp_path_factory.mktemp("seeds") / "ix")
    report = archive.index([seeds])
    assert (report.added, report.unchanged, len(report.skipped)) == (5, 0, 0)
    return archive


def files(hits: list) -> set[str]:  # type: ignore[type-arg]
    return {Path(h.summary.path).name[:3] for h in hits}


def test_second_run_is_unchanged(seeded: Archive, seeds_dir: Path) -> None:
    report = seeded.index([seeds_dir])
    assert (report.added, report.unchanged) == (0, 5)


def test_blinken(seeded: Archive) -> None:
    assert files(seeded.search("Blinken", limit=None)) == {"000", "001", "004"}


def test_korea_utara_in_indonesian(seeded: Archive) -> None:
    assert files(seeded.search('"Korea Utara" lang:id', limit=None)) == {"000", "001", "002", "003", "004"}
    assert files(seeded.search('"Korea Utara" lang:en', limit=None)) == set()


def test_outlet_filter(seeded: Archive) -> None:
    assert files(seeded.search('outlet:"IDN Times"', limit=None)) == {"002", "003"}


def test_date_range(seeded: Archive) -> None:
    assert files(seeded.search("date:2024-11-01..2024-11-30", limit=None)) == {"001", "004"}
    assert files(seeded.search("date:2024-11-15", limit=None)) == {"004"}


def test_metadata_matches_gold(seeded: Archive, shared_dir: Path) -> None:
    gold = json.loads((shared_dir / "gold" / "seeds.json").read_text(encoding="utf-8"))
    by_file = {Path(s.path).name: s for s in seeded.summaries()}
    for entry in gold["articles"]:
        summary = by_file[entry["file"]]
        assert summary.outlet == (entry["outlet"] or ""), entry["file"]
        assert summary.date == (entry["date"] or ""), entry["file"]
        if entry["title"]:
            assert summary.title == entry["title"], entry["file"]


def test_boilerplate_not_in_body(seeded: Archive) -> None:
    for summary in seeded.summaries():
        article = seeded.article(summary.id)
        assert article is not None
        for marker in (
            "Baca Juga",
            "Leave a Reply",
            "Berita Terkini Lainnya",
            "Next Article",
            "Saksikan video",
        ):
            assert marker not in article.body, (summary.path, marker)
