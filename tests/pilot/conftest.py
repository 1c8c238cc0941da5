"""The pilot tests' shared archives: the snapshot fixture corpus (indexed once per test) and the
bundled sample corpus (once per run), declared once in tests/snapshots/conftest.py; archives of
invented pages, indexed once per run for each set of pages (tests/pilot/pages.py)."""

from __future__ import annotations

import pytest

from tests.pilot.pages import PagesArchive, pages_archive_factory
from tests.snapshots.conftest import fixture_archive, fresh_sample_state, sample_archive, sample_index

__all__ = ["fixture_archive", "fresh_sample_state", "pages_archive", "sample_archive", "sample_index"]


@pytest.fixture(scope="session")
def pages_archive(tmp_path_factory: pytest.TempPathFactory) -> PagesArchive:
    """``pages_archive(PAGES)``: the location of an archive of those invented pages, built once."""
    return pages_archive_factory(tmp_path_factory)
