"""The snapshot tests' shared archives: the fixture articles (also the pilot tests',
tests/pilot/conftest.py) and the bundled sample corpus (the quote finder's, the pages', the sizes')."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from kutip.index.facade import Archive, sample_corpus_path
from kutip.tui.userstate import state_path
from tests.snapshots.test_tui_app import write_fixture_corpus


@pytest.fixture
def fixture_archive(tmp_path: Path) -> Iterator[Archive]:
    """Only our fixture articles, indexed once per test: deterministic content for snapshots and
    injection tests."""
    opened = Archive.open(tmp_path / "fx")
    opened.index([write_fixture_corpus(tmp_path / "fixture")])
    yield opened
    opened.close()


@pytest.fixture(scope="session")
def sample_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled sample corpus, indexed once for the whole run: five files each indexed it for
    themselves (one of them once per test). The tests only read it; their read marks and bookmarks
    are cleared around each test (:func:`fresh_sample_state`)."""
    corpus = sample_corpus_path()
    if not corpus.is_dir():
        pytest.skip("the bundled sample corpus is not installed")
    location = tmp_path_factory.mktemp("sample") / "ix"
    archive = Archive.open(location)
    try:
        archive.index([corpus])
    finally:
        archive.close()
    return location


@pytest.fixture(autouse=True)
def fresh_sample_state(request: pytest.FixtureRequest) -> Iterator[None]:
    """No read marks, bookmarks or saved searches left in the shared sample archive's state by the
    test before (a test that does not use the sample archive does not build it)."""
    if "sample_index" not in request.fixturenames:
        yield
        return
    state = state_path(request.getfixturevalue("sample_index"))
    state.unlink(missing_ok=True)
    yield
    state.unlink(missing_ok=True)


@pytest.fixture
def sample_archive(sample_index: Path) -> Iterator[Archive]:
    """The shared sample archive, opened for one test."""
    archive = Archive.open(sample_index)
    yield archive
    archive.close()
