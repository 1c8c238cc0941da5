"""``benchmarks/linking_tail.py`` links an archive's last articles again on a copy, timing the parts,
and leaves the archive it was given untouched."""

from __future__ import annotations

import hashlib
import shutil
import sys
from pathlib import Path

import pytest

from benchmarks import linking_tail
from kutip.index.facade import Archive, sample_corpus_path


def test_the_tail_is_linked_again_on_a_copy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in ("12_", "13_", "14_"):
        source = next(sample_corpus_path().glob(f"{name}*"))
        shutil.copy(source, corpus / source.name)
    archive = Archive.open(tmp_path / "ix")
    archive.index([corpus])
    archive.close()
    store = tmp_path / "ix" / "kutip.sqlite3"
    before = hashlib.sha256(store.read_bytes()).hexdigest()
    monkeypatch.setattr(sys, "argv", ["linking_tail.py", str(store), "--last", "2", "--batch", "1"])
    linking_tail.main()
    out = capsys.readouterr().out
    assert "2 articles" in out and out.count("\n") >= 8
    assert "link_members:" in out and "link_keys:" in out
    assert hashlib.sha256(store.read_bytes()).hexdigest() == before
