"""The pilot tests' shared archive: the snapshot fixture corpus, indexed once per test."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from kutip.index.facade import Archive
from tests.snapshots.test_tui_app import write_fixture_corpus


@pytest.fixture
def fixture_archive(tmp_path: Path) -> Iterator[Archive]:
    opened = Archive.open(tmp_path / "fx")
    opened.index([write_fixture_corpus(tmp_path / "fixture")])
    yield opened
    opened.close()
