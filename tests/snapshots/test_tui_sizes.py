"""Every screen at the smallest supported terminal (80x24) and a large one (160x48).

Screens with their own size tests (reader, bookmarks, person and entity pages) keep them in
their feature's file; these are the rest: the list, help, the quote finder, the citation
dialog, the saved searches, the name prompt, the facet panel and the welcome screen. Each test
starts from no read marks or saved searches, so it draws the same alone or in the suite.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from kutip.index.facade import Archive
from kutip.tui.app import KutipApp
from kutip.tui.debounce import NO_DEBOUNCE
from kutip.tui.userstate import UserState
from tests.pilot_support import settle
from tests.snapshots.test_tui_quotes import phrase_of, wait, widest_cluster
from tests.snapshots.test_tui_welcome import empty_archive

SIZES = pytest.mark.parametrize("size", [(80, 24), (160, 48)], ids=["80x24", "160x48"])
__all__ = ["empty_archive"]  # a module fixture shared with its own feature tests


def quick_app(archive: Archive) -> KutipApp:
    app = KutipApp(archive)
    app.debounce = NO_DEBOUNCE
    return app


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


@SIZES
def test_saved_searches(snap_compare: Any, sample_index: Path, size: tuple[int, int]) -> None:
    state = UserState.beside(sample_index)
    state.save_search("banjir bekasi", "banjir bekasi")
    state.save_search("kata menteri", "speaker:menteri", statements=True)

    async def run_before(pilot: Any) -> None:
        await settle(pilot.app, pilot)
        await pilot.press("R")
        await settle(pilot.app, pilot)

    assert snap_compare(quick_app(Archive.open(sample_index)), terminal_size=size, run_before=run_before)


@SIZES
def test_name_prompt(snap_compare: Any, sample_index: Path, size: tuple[int, int]) -> None:
    async def run_before(pilot: Any) -> None:
        await settle(pilot.app, pilot)
        await pilot.press("slash", *"banjir", "enter")
        await settle(pilot.app, pilot)
        await pilot.press("S")
        await settle(pilot.app, pilot)

    assert snap_compare(quick_app(Archive.open(sample_index)), terminal_size=size, run_before=run_before)


@SIZES
def test_facets(snap_compare: Any, sample_index: Path, size: tuple[int, int]) -> None:
    async def run_before(pilot: Any) -> None:
        await settle(pilot.app, pilot)
        await pilot.press("F")
        await settle(pilot.app, pilot)

    assert snap_compare(quick_app(Archive.open(sample_index)), terminal_size=size, run_before=run_before)
