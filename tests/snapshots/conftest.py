"""The snapshot tests' shared archive, also the pilot tests' (tests/pilot/conftest.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from kutip.index.facade import Archive
from tests.snapshots.test_tui_app import write_fixture_corpus


@pytest.fixture
def fixture_archive(tmp_path: Path) -> Iterator[Archive]:
    """Only our fixture articles, indexed once per test: deterministic content for snapshots and
    injection tests."""
    opened = Archive.open(tmp_path / "fx")
    opened.index([write_fixture_corpus(tmp_path / "fixture")])
    yield opened
    opened.close()
