"""The article under the list's resting cursor is read ahead with its panes' reports: Enter then
draws the article and its panes in one frame, reading nothing (issue 11, session 29)."""

from __future__ import annotations

from typing import Any

import pytest

from kutip.index.facade import Archive, Article, ArticleSummary
from kutip.tui import opening
from kutip.tui.app import KutipApp
from tests.pilot_support import settle, synchronous
from tests.quick_app import quick_app


def _count_reads(archive: Archive, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """From now on, the ids of every article the archive reads, in order."""
    read: list[str] = []
    article = archive.article

    def counted(article_id: str) -> Article | None:
        read.append(article_id)
        return article(article_id)

    monkeypatch.setattr(archive, "article", counted)
    return read


async def _rest_on_next(app: KutipApp, pilot: Any) -> ArticleSummary | None:
    """Move the list's cursor down one and let it rest past the read-ahead delay; the row it rests on."""
    await pilot.press("j")
    await pilot.pause(0.05)
    await settle(app, pilot)
    return app.article_list.highlighted


@synchronous
async def test_enter_on_a_resting_cursor_shows_the_article_and_its_panes_without_reading(
    fixture_archive: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(opening, "READ_AHEAD_DELAY", 0.0)
    app = quick_app(fixture_archive)
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(app, pilot)
        read = _count_reads(fixture_archive, monkeypatch)
        wanted = await _rest_on_next(app, pilot)
        assert wanted is not None and read == [wanted.id]  # read once, while the cursor rests
        await pilot.press("enter")
        await settle(app, pilot)
        shown = app.reader.article
        assert shown is not None and shown.id == wanted.id
        assert read == [wanted.id]  # Enter read nothing more
        assert app.entities_pane.article is shown
        ids = [s.id for s in app.statements_pane.statements]
        assert ids == [s.id for s in sorted(shown.statements, key=lambda s: s.start)]


@synchronous
async def test_what_was_read_ahead_is_not_shown_once_the_archive_changed(
    fixture_archive: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(opening, "READ_AHEAD_DELAY", 0.0)
    app = quick_app(fixture_archive)
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(app, pilot)
        read = _count_reads(fixture_archive, monkeypatch)
        wanted = await _rest_on_next(app, pilot)
        assert wanted is not None and read == [wanted.id]
        generation = app.loading.generation
        assert generation is not None
        app.loading.generation = (generation[0] + 1, generation[1])  # another process wrote
        await pilot.press("enter")
        await settle(app, pilot)
        assert read == [wanted.id, wanted.id]  # read again
        assert app.reader.article is not None and app.entities_pane.article is app.reader.article


@synchronous
async def test_a_cursor_that_keeps_moving_reads_nothing_ahead(
    fixture_archive: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(opening, "READ_AHEAD_DELAY", 30.0)
    app = quick_app(fixture_archive)
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(app, pilot)
        read = _count_reads(fixture_archive, monkeypatch)
        await pilot.press("j", "j", "k")
        await settle(app, pilot)
        assert read == []
        await pilot.press("enter")
        await settle(app, pilot)
        assert len(read) == 1 and app.entities_pane.article is app.reader.article
