"""The pilot tests' shared archives, declared once in tests/snapshots/conftest.py: the snapshot
fixture corpus (indexed once per test) and the bundled sample corpus (once per run)."""

from __future__ import annotations

from tests.snapshots.conftest import fixture_archive, fresh_sample_state, sample_archive, sample_index

__all__ = ["fixture_archive", "fresh_sample_state", "sample_archive", "sample_index"]
