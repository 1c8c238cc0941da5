"""The per-file costs of an unchanged run over a large archive: the stage timer is no generator,
and a plain ASCII path is stored without a translation (the same string as before)."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

import pytest

from kutip.index import indexer
from kutip.index.ingest.discover import storable_path
from kutip.index.progress import Stages, timed


def test_the_stage_timer_is_a_plain_object_that_adds_cpu_even_on_error() -> None:
    stages: Stages = {}
    block = timed(stages, "read files")
    assert not isinstance(block, contextlib._GeneratorContextManager)
    assert not hasattr(block, "__dict__")  # slots: one small object a file
    with block:
        sum(range(1000))
    with pytest.raises(ValueError), timed(stages, "read files"):
        raise ValueError
    assert set(stages) == {"read files"} and stages["read files"] >= 0.0


def test_a_located_path_is_stored_as_storable_path_stores_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[str] = []

    def counted(path: Path | str) -> str:
        calls.append(str(path))
        return storable_path(path)

    monkeypatch.setattr(indexer, "storable_path", counted)
    plain = tmp_path / "berita.md"
    plain.write_text("x", encoding="utf-8")
    accented = tmp_path / "kabar é.md"
    accented.write_text("x", encoding="utf-8")
    located = indexer.Indexer.__new__(indexer.Indexer)
    located._folders = {}
    name, info = located._locate(os.fspath(plain))
    assert name == storable_path(os.path.realpath(plain)) and info.st_size == 1
    assert calls == []  # ASCII: nothing to translate
    name, _ = located._locate(os.fspath(accented))
    assert name == storable_path(os.path.realpath(accented)) and len(calls) == 1
