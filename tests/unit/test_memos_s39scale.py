"""The writer's memos stay a batch's size, not the archive's (issue 11, session 39)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kutip.index import indexer, indexer_heap
from kutip.index.facade import Archive
from kutip.index.indexer import Indexer
from kutip.index.indexer_heap import WRITER_MEMO_ENTRIES, trim_memos
from kutip.index.linking import normalise, speakers
from kutip.index.people import names


def test_a_memo_over_the_limit_is_emptied_and_answers_the_same() -> None:
    words = ["Jembatan", "Bogor", "Mendagri", "Énergi", "Pangan"]
    before = [normalise.fold_word(w) for w in words]
    near = speakers._near("hidayat", "hidayah")
    assert normalise.fold_word.cache_info().currsize >= len(words)
    assert trim_memos(limit=2) >= 1
    assert normalise.fold_word.cache_info().currsize == 0
    trim_memos(limit=0)
    assert speakers._near.cache_info().currsize == 0
    assert [normalise.fold_word(w) for w in words] == before
    assert speakers._near("hidayat", "hidayah") == near


def test_a_memo_within_the_limit_is_kept() -> None:
    trim_memos(limit=0)
    normalise.fold_word("Jembatan")
    assert trim_memos(limit=WRITER_MEMO_ENTRIES) == 0
    assert normalise.fold_word.cache_info().currsize == 1


def test_every_trimmed_memo_is_a_memo_and_the_limit_below_their_caps() -> None:
    memos = indexer_heap._writer_memos()
    assert len(memos) == len({id(m) for m in memos}) >= 10
    for memo in memos:
        cap = memo.cache_info().maxsize
        assert cap is None or cap > WRITER_MEMO_ENTRIES


def test_the_people_pair_memos_are_bounded() -> None:
    for memo in (
        names.contains,
        names._same_word,
        names.same_spelling_variant,
        names.initial_variant,
        names.initialled_form,
    ):
        assert memo.cache_info().maxsize == names.PAIR_MEMO <= 1 << 15


def test_each_commit_trims_the_memos(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    for n in range(12):
        (folder / f"item-{n:03d}.txt").write_text(
            f"Catatan nomor {n} tentang jembatan\n\n"
            f'"Jembatan nomor {n} segera diperbaiki," kata Fulan Hidayat di Bogor, Senin.\n',
            encoding="utf-8",
        )
    monkeypatch.setattr(indexer, "BATCH_FILES", 4)
    calls: list[int] = []

    def trimmed() -> int:
        calls.append(normalise.fold_word.cache_info().currsize)
        return trim_memos(limit=0)

    monkeypatch.setattr(indexer, "trim_memos", trimmed)
    archive = Archive.open(tmp_path / "ix")
    try:
        report = Indexer(archive._store, archive._search, workers=1).run([folder])
        assert report.added == 12
        assert len(report.batches) == len(calls) >= 3
        assert any(calls)  # linking had filled them by the commit's end
        assert normalise.fold_word.cache_info().currsize == 0
        assert len(archive.search("jembatan", None)) == 12
    finally:
        archive.close()
