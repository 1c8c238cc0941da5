"""First run: an empty archive opens the welcome screen, never the bundled sample."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from textual.widgets import Input, Static

from kutip.index.facade import Archive
from kutip.tui.app import SAMPLE_LABEL, KutipApp
from kutip.tui.screens.welcome import WelcomeScreen, welcome_content
from kutip.tui.widgets.article_list import ArticleList
from tests.pilot_support import settle, synchronous

SNAPSHOT_SIZE = (100, 24)

# Two short articles written for this test, as Markdown files with front matter.
ARTICLES = {
    "kebun.md": "---\ntitle: Kebun sayur warga tumbuh di atap pasar\noutlet: Kabar Atap\ndate: 2024-06-02\n---\n\n"
    "Warga menanam sayur di atap Pasar Kenari sejak awal tahun.\n\n"
    '"Panen pertama kami bagi ke tetangga," kata Laras Pertiwi, pengurus kebun itu.\n',
    "tram.md": "---\ntitle: Night tram returns to the harbour line\noutlet: Quay Gazette\ndate: 2024-06-05\n---\n\n"
    "The night tram runs again along the harbour line after repairs.\n\n"
    '"Late shifts are easier now," said dock worker Ivo Marsh.\n',
}


@pytest.fixture
def empty_archive(tmp_path: Path) -> Iterator[Archive]:
    opened = Archive.open(tmp_path / "mine")
    yield opened
    opened.close()


def write_folder(folder: Path) -> Path:
    folder.mkdir(parents=True)
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_welcome_text_is_plain_and_names_the_command() -> None:
    content = welcome_content(Path("/tmp/[b]odd[/b]"))
    assert "kutip index PATH" in content.plain
    assert "[b]odd[/b]" in content.plain  # a path is shown as written, never read as markup


@synchronous
async def test_empty_archive_shows_welcome_and_indexes_nothing(empty_archive: Archive, tmp_path: Path) -> None:
    app = KutipApp(empty_archive, welcome=True, sample_location=tmp_path / "sample")
    async with app.run_test() as pilot:
        await settle(app, pilot)
        assert isinstance(app.screen, WelcomeScreen)
        assert empty_archive.is_empty()
        assert not (tmp_path / "sample").exists()
        shown = {key for key, active in app.screen.active_bindings.items() if active.binding.show}
        assert {"a", "s"} <= shown  # in the footer


@synchronous
async def test_sample_key_opens_a_separate_archive(empty_archive: Archive, tmp_path: Path) -> None:
    app = KutipApp(empty_archive, welcome=True, sample_location=tmp_path / "sample")
    async with app.run_test() as pilot:
        await settle(app, pilot)
        await pilot.press("s")
        await settle(app, pilot)
        assert not isinstance(app.screen, WelcomeScreen)
        assert app.archive is app.sample_archive is not None
        assert app.archive.location == tmp_path / "sample"
        assert app.sub_title == SAMPLE_LABEL
        assert len(app.query_one(ArticleList).summaries) > 0
        label = app.query_one("#archive-label", Static)
        assert label.display and "SAMPLE" in str(label.render())
    assert empty_archive.is_empty()  # the user's archive never gets the sample
    assert app.sample_archive is not None
    app.sample_archive.close()


@synchronous
async def test_add_folder_indexes_it_into_the_users_archive(empty_archive: Archive, tmp_path: Path) -> None:
    folder = write_folder(tmp_path / "news")
    app = KutipApp(empty_archive, welcome=True, sample_location=tmp_path / "sample")
    async with app.run_test() as pilot:
        await settle(app, pilot)
        await pilot.press("a")
        path_input = app.screen.query_one("#welcome-path", Input)
        assert path_input.has_focus
        path_input.value = str(folder)
        await pilot.press("enter")
        await settle(app, pilot)
        assert not isinstance(app.screen, WelcomeScreen)
        assert app.archive is empty_archive
        assert not app.query_one("#archive-label", Static).display  # the user's own archive: no banner
        titles = {summary.title for summary in app.query_one(ArticleList).summaries}
        assert "Night tram returns to the harbour line" in titles
        assert len(titles) == 2
    assert empty_archive.count() == 2
    assert not (tmp_path / "sample").exists()


@synchronous
async def test_add_folder_rejects_a_missing_path(empty_archive: Archive, tmp_path: Path) -> None:
    app = KutipApp(empty_archive, welcome=True, sample_location=tmp_path / "sample")
    async with app.run_test() as pilot:
        await settle(app, pilot)
        await pilot.press("a")
        app.screen.query_one("#welcome-path", Input).value = str(tmp_path / "nowhere")
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, WelcomeScreen)
        assert empty_archive.is_empty()
        await pilot.press("escape")
        await pilot.pause()
        assert not app.screen.query_one("#welcome-path", Input).display


@synchronous
async def test_folder_without_articles_returns_to_welcome(empty_archive: Archive, tmp_path: Path) -> None:
    (tmp_path / "blank").mkdir()
    app = KutipApp(empty_archive, welcome=True, sample_location=tmp_path / "sample")
    async with app.run_test() as pilot:
        await settle(app, pilot)
        await pilot.press("a")
        app.screen.query_one("#welcome-path", Input).value = str(tmp_path / "blank")
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, WelcomeScreen)
        assert "No articles found" in str(app.screen.query_one("#welcome-error", Static).render())


def test_welcome_snapshot(snap_compare: Any, empty_archive: Archive, tmp_path: Path) -> None:
    empty_archive.location = Path("/home/reader/.local/share/kutip/index")  # shown only; nothing is written

    async def run_before(pilot: Any) -> None:
        await settle(pilot.app, pilot)

    app = KutipApp(empty_archive, welcome=True, sample_location=tmp_path / "sample")
    assert snap_compare(app, terminal_size=SNAPSHOT_SIZE, run_before=run_before)
