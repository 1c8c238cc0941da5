"""Every screen at the smallest supported terminal (80x24) and a large one (160x48).

Screens with their own size tests (reader, bookmarks, saved searches, facets, person and
entity pages) keep them in their feature's file; these are the rest: the list, help, the
quote finder, the citation dialog and the welcome screen.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from kutip.index.facade import Archive
from kutip.tui.app import KutipApp
from tests.pilot import settle
from tests.test_tui_quotes import phrase_of, sample_index, wait, widest_cluster
from tests.test_tui_welcome import empty_archive

SIZES = pytest.mark.parametrize("size", [(80, 24), (160, 48)], ids=["80x24", "160x48"])
__all__ = ["empty_archive", "sample_index"]  # module fixtures shared with their own feature tests


@SIZES
def test_list(snap_compare: Any, sample_index: Path, size: tuple[int, int]) -> None:
    async def run_before(pilot: Any) -> None:
        await settle(pilot.app, pilot)

    assert snap_compare(KutipApp(Archive.open(sample_index)), terminal_size=size, run_before=run_before)


@SIZES
def test_help(snap_compare: Any, sample_index: Path, size: tuple[int, int]) -> None:
    async def run_before(pilot: Any) -> None:
        await settle(pilot.app, pilot)
        await pilot.press("question_mark")
        await settle(pilot.app, pilot)

    assert snap_compare(KutipApp(Archive.open(sample_index)), terminal_size=size, run_before=run_before)


@SIZES
def test_quote_finder(snap_compare: Any, sample_index: Path, size: tuple[int, int]) -> None:
    archive = Archive.open(sample_index)
    cluster = widest_cluster(archive)

    async def run_before(pilot: Any) -> None:
        await settle(pilot.app, pilot)
        await pilot.press("f", *phrase_of(cluster.members[1]))
        await wait(pilot.app, pilot)
        await pilot.press("enter")
        await settle(pilot.app, pilot)

    assert snap_compare(KutipApp(archive), terminal_size=size, run_before=run_before)


@SIZES
def test_citation_dialog(snap_compare: Any, sample_index: Path, size: tuple[int, int]) -> None:
    async def run_before(pilot: Any) -> None:
        await settle(pilot.app, pilot)
        await pilot.press("enter")
        await settle(pilot.app, pilot)
        await pilot.press("C")
        await settle(pilot.app, pilot)

    assert snap_compare(KutipApp(Archive.open(sample_index)), terminal_size=size, run_before=run_before)


@SIZES
def test_welcome(snap_compare: Any, empty_archive: Archive, tmp_path: Path, size: tuple[int, int]) -> None:
    empty_archive.location = Path("/home/reader/.local/share/kutip/index")  # shown only; nothing is written

    async def run_before(pilot: Any) -> None:
        await settle(pilot.app, pilot)

    app = KutipApp(empty_archive, welcome=True, sample_location=tmp_path / "sample")
    assert snap_compare(app, terminal_size=size, run_before=run_before)
