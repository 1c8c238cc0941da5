"""The pilot tests' shared archive: the snapshot fixture corpus, indexed once per test (declared
once, in tests/snapshots/conftest.py)."""

from __future__ import annotations

from tests.snapshots.conftest import fixture_archive

__all__ = ["fixture_archive"]
