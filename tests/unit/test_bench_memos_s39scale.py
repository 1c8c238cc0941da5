"""``benchmarks/memos_s39scale.py`` replays cached analyses through the real writer and reports, at
each mark, the writer's CPU per stage, its memos and (traced) its live heap."""

from __future__ import annotations

import gc
import json
import shutil
import sys
from pathlib import Path

import pytest

from benchmarks import memos_s39scale, replay
from kutip.index import indexer
from kutip.index.facade import sample_corpus_path


def test_the_replay_reports_memos_and_heap_at_each_mark(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in ("12_", "13_", "14_"):
        source = next(sample_corpus_path().glob(f"{name}*"))
        shutil.copy(source, corpus / source.name)
    replay.cache(corpus, tmp_path / "cache.pkl")
    _empty_writer_memos()  # earlier tests filled them before tracing began: the replay must fill them
    for name in ("analyse_file", "BATCH_SECONDS", "BATCH_MAX_SECONDS", "BATCH_FILES"):
        monkeypatch.setattr(indexer, name, getattr(indexer, name))  # the script patches them: undone after
    monkeypatch.setattr(indexer.Indexer, "_commit", indexer.Indexer._commit)
    monkeypatch.setattr(indexer, "BATCH_FILES", 1)
    argv = ["memos_s39scale.py", str(corpus), str(tmp_path / "cache.pkl"), str(tmp_path / "ix"), "--trace"]
    monkeypatch.setattr(sys, "argv", [*argv, "--every", "1"])
    memos_s39scale.main()
    rows = [json.loads(line) for line in (tmp_path / "ix.marks.jsonl").read_text().splitlines()]
    marks, weighed = rows[:-1], rows[-1]
    done = [row["done"] for row in marks]  # articles committed (a file may hold more than one)
    assert len(done) == 3 and done == sorted(set(done)) and done[0] >= 1
    assert all(set(row["ms"]) == set(replay.WRITER) and row["traced_mb"] > 0 for row in marks)
    assert "grew" in marks[-1] and any("fold_word" in name for name in marks[-1]["memos"])
    assert weighed["memo_entries"] > 0 and weighed["after_mb"] <= weighed["before_mb"]  # rounded to 0.1 MB
    assert str(done[-1]) in capsys.readouterr().out


def _empty_writer_memos() -> None:
    """Empty the memos of linking and people (pure functions), so that what the replay puts in them is
    allocated while it traces; in a full run of the suite they are already full and untraced."""
    for obj in gc.get_objects():
        if not (callable(obj) and hasattr(obj, "__wrapped__") and hasattr(obj, "cache_clear")):
            continue
        if str(getattr(obj, "__module__", "")).startswith(("kutip.index.linking", "kutip.index.people")):
            obj.cache_clear()
