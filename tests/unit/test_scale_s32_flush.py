"""The flush writes each term's postings and table row straight to the files under Whoosh's
wrappers, one call a term, with the table's md5 hash and the term statistics packed in place:
the segment's files hold the same bytes as through Whoosh's own file and hash-table calls."""

from __future__ import annotations

from pathlib import Path

import pytest
from whoosh.filedb import filetables

from kutip.index.search.whoosh_engine import flush
from kutip.index.search.whoosh_engine.engine import WhooshEngine
from tests.unit.test_scale_s25_documents import _ARTICLES


def _segment_files(folder: Path, ours: bool, monkeypatch: pytest.MonkeyPatch) -> dict[str, bytes]:
    with monkeypatch.context() as patch:
        if not ours:  # the table's file not a plain StructFile to the sink: Whoosh's own calls
            patch.setattr(flush, "StructFile", type("Other", (), {}))
        engine = WhooshEngine(folder)
        try:
            with engine.batch() as batch:
                for article in _ARTICLES:
                    batch.add_article(article)
        finally:
            engine.close()
    ix = engine._ix
    (segment,) = ix._segments()
    storage = segment.open_compound_file(ix.storage) if segment.is_compound() else ix.storage
    found = {}
    for ext in ("trm", "pst"):
        with storage.open_file(segment.make_filename(f".{ext}")) as file:
            found[ext] = file.read()
    return found


def test_the_terms_and_postings_files_are_byte_for_byte_whooshs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[bytes] = []
    add = filetables.OrderedHashWriter.add

    def counted(self: filetables.OrderedHashWriter, key: bytes, value: bytes) -> None:
        calls.append(key)
        add(self, key, value)

    monkeypatch.setattr(filetables.OrderedHashWriter, "add", counted)
    theirs = _segment_files(tmp_path / "whoosh", ours=False, monkeypatch=monkeypatch)
    through_whoosh = len(calls)
    ours = _segment_files(tmp_path / "ours", ours=True, monkeypatch=monkeypatch)
    assert through_whoosh > 1000  # every term went through Whoosh's table writer the first time...
    assert len(calls) == through_whoosh  # ... and none the second
    assert len(theirs["trm"]) > 10_000
    assert ours == theirs
