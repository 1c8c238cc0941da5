"""Session 31 (issue 11): the linker leaves no reference cycle behind. Its neighbour reader kept the
linker's bound loader, so every batch's linker and the reports it had read stayed alive until the
cyclic collector ran (25-27k objects a batch of 500 articles, docs/benchmarks.md). Fixtures written
for kutip: a fictional speaker and remarks."""

from __future__ import annotations

import gc
import sqlite3
import weakref
from pathlib import Path

from kutip.index.linking.update import _Linker
from kutip.index.models import Article, Statement
from tests.unit.test_linking_incremental import Archive


def _article(aid: str) -> Article:
    text = "Pasar ikan akan dibuka kembali minggu depan setelah atapnya selesai diperbaiki"
    article = Article(id=aid, source=f"/corpus/{aid}.txt", outlet=aid, date="2024-05-02", lang="id", body="-")
    article.statements = [
        Statement(
            id=f"{aid}:0", article=aid, text=text, kind="direct", start=0, end=60, speaker="Fulan Hidayat"
        ),
        Statement(
            id=f"{aid}:1",
            article=aid,
            text="Kami siap",
            kind="direct",
            start=70,
            end=80,
            speaker="Fulan Hidayat",
        ),
    ]
    return article


def test_a_linker_is_freed_without_the_cyclic_collector(tmp_path: Path) -> None:
    archive = Archive(tmp_path)
    archive.add(_article("a"), _article("b"))
    db: sqlite3.Connection = archive.store._db()
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        linker = _Linker(db)
        doc = linker.doc("a:0")
        assert doc is not None
        linker.neighbours.pairs(doc, linker.doc)
        gone = weakref.ref(linker)
        del linker
        assert gone() is None  # freed by its reference count alone
    finally:
        if was_enabled:
            gc.enable()
