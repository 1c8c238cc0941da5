"""A store another process holds locked is reported as busy, never as damaged: a reader that meets
a writer's lock must not tell the user to rebuild."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from kutip.index.docstore import DocStore
from kutip.index.facade import Archive
from kutip.index.integrity import ArchiveError
from tests.articles import write_corpus


def _archive(tmp_path: Path) -> Archive:
    corpus = write_corpus(tmp_path / "corpus")["banjir"].parent
    archive = Archive.open(tmp_path / "ix")
    archive.index([corpus])
    return archive


@pytest.mark.parametrize("answer", ["database is locked", "database table is locked", "database is busy"])
def test_a_query_meeting_a_lock_is_busy_not_damaged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, answer: str
) -> None:
    archive = _archive(tmp_path)

    def locked(self: DocStore, *args: object) -> None:
        raise sqlite3.OperationalError(answer)

    monkeypatch.setattr(DocStore, "summaries_by_id", locked)
    monkeypatch.setattr(DocStore, "summaries", locked)
    for query in (lambda: archive.search("banjir"), archive.summaries):
        with pytest.raises(ArchiveError, match="is busy") as caught:
            query()
        assert "damaged" not in str(caught.value)
    monkeypatch.undo()
    assert archive.search("banjir")  # nothing was set aside: the store reads again once let go
    archive.close()


def test_a_garbled_store_is_still_reported_as_damaged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    archive = _archive(tmp_path)

    def garbled(self: DocStore) -> None:
        raise sqlite3.DatabaseError("database disk image is malformed")

    monkeypatch.setattr(DocStore, "summaries", garbled)
    with pytest.raises(ArchiveError, match="damaged"):
        archive.summaries()
    archive.close()
