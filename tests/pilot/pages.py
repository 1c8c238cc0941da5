"""Archives of invented pages (JSON Lines records) for the finder's and the pages' pilot tests,
indexed once per run for every test that gives the same pages: four files wrote the same
``pages.jsonl`` and indexed it, one of them once per test."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path

import pytest

from kutip.index.facade import Archive, Article, ArticleSummary
from kutip.tui.app import KutipApp
from kutip.tui.userstate import state_path

Pages = Sequence[Mapping[str, str]]
PagesArchive = Callable[[Pages], Path]


def index_pages(folder: Path, pages: Pages) -> Path:
    """``pages`` written to ``folder/corpus/pages.jsonl`` and indexed into ``folder/ix``."""
    corpus = folder / "corpus"
    corpus.mkdir(parents=True)
    (corpus / "pages.jsonl").write_text("\n".join(json.dumps(p) for p in pages) + "\n", encoding="utf-8")
    built = Archive.open(folder / "ix")
    try:
        built.index([corpus])
    finally:
        built.close()
    return folder / "ix"


def pages_archive_factory(tmp_path_factory: pytest.TempPathFactory) -> PagesArchive:
    """The location of the archive of ``pages``, indexed the first time these pages are asked for."""
    built: dict[str, Path] = {}

    def location(pages: Pages) -> Path:
        key = json.dumps([dict(p) for p in pages], sort_keys=True)
        if key not in built:
            built[key] = index_pages(tmp_path_factory.mktemp("pages"), pages)
        return built[key]

    return location


@contextmanager
def opened_fresh(location: Path) -> Iterator[Archive]:
    """The shared archive opened for one test, with no read marks or bookmarks of the test before."""
    state = state_path(location)
    state.unlink(missing_ok=True)
    archive = Archive.open(location)
    try:
        yield archive
    finally:
        archive.close()
        state.unlink(missing_ok=True)


def archive_fixture(pages: Pages) -> Callable[[PagesArchive], Iterator[Archive]]:
    """A test module's ``archive`` fixture (``archive = archive_fixture(ARTICLES)``): the archive of
    ``pages``, indexed once per run, opened fresh for each test; four modules wrote it out alike."""

    @pytest.fixture
    def archive(pages_archive: PagesArchive) -> Iterator[Archive]:
        with opened_fresh(pages_archive(pages)) as opened:
            yield opened

    return archive


def summary_titled(app: KutipApp, title: str) -> ArticleSummary:
    """The listed article of this title (the invented pages' titles are unique)."""
    return next(s for s in app.article_list.summaries if s.title == title)


def article_titled(app: KutipApp, title: str) -> Article:
    """The listed article of this title, read from the app's archive (its statements, entities)."""
    article = app.archive.article(summary_titled(app, title).id)
    assert article is not None
    return article
