"""A write batch adds and commits its documents with the cyclic collector off, and turns it back on."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from kutip.index.models import Article
from kutip.index.search.whoosh_engine.store import WhooshStore


def _article(n: int) -> Article:
    body = f"Fulan Hidayat mengatakan pasar nomor {n} dibuka besok pagi."
    return Article(id=f"a{n}", source=f"/news/{n}.txt", title=f"Pasar {n}", lang="id", body=body)


def test_the_collector_is_off_while_a_batch_writes_and_on_after(tmp_path: Path) -> None:
    store = WhooshStore(tmp_path)
    assert gc.isenabled()
    with store.batch() as batch:
        assert not gc.isenabled()  # before: a full pass over the batch's postings about once a batch
        batch.add_article(_article(1))
    assert gc.isenabled()
    with pytest.raises(RuntimeError), store.batch() as batch:  # a failed batch turns it back on too
        batch.add_article(_article(2))
        raise RuntimeError("disk full")
    assert gc.isenabled()
    assert store.doc_count() == 1
    store.close()


def test_a_collector_turned_off_by_the_caller_stays_off(tmp_path: Path) -> None:
    store = WhooshStore(tmp_path)
    gc.disable()
    try:
        with store.batch() as batch:
            batch.add_article(_article(1))
        assert not gc.isenabled()
    finally:
        gc.enable()
    store.close()
