"""The baselines kutip is measured against: bare single-writer Whoosh and SQLite FTS5."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from whoosh import index as whoosh_index
from whoosh.analysis import StandardAnalyzer
from whoosh.fields import ID, TEXT, Schema
from whoosh.qparser import MultifieldParser
from whoosh.searching import Searcher

Doc = tuple[str, str, str]  # (id, title, body)


def read_corpus(folder: Path) -> list[Doc]:
    """(path, title, body) of every generated Markdown file, front matter removed."""
    docs = []
    for path in sorted(folder.rglob("*.md")):
        text = path.read_text(encoding="utf-8")
        _, _, rest = text.partition("\n---\n")
        title = next((line[2:] for line in rest.splitlines() if line.startswith("# ")), "")
        docs.append((str(path), title, rest))
    return docs


class BareWhoosh:
    """One writer, one commit at the end, one searcher reused: Whoosh at its simplest."""

    def __init__(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        schema = Schema(
            id=ID(stored=True, unique=True),
            title=TEXT(analyzer=StandardAnalyzer()),
            body=TEXT(analyzer=StandardAnalyzer(), phrase=True),
        )
        self._ix = whoosh_index.create_in(str(folder), schema)
        self._searcher: Searcher | None = None
        self._parser = MultifieldParser(["title", "body"], schema)

    def index(self, docs: list[Doc], tick: Callable[[int], None]) -> None:
        writer = self._ix.writer(limitmb=128)
        for done, (doc_id, title, body) in enumerate(docs, start=1):
            writer.add_document(id=doc_id, title=title, body=body)
            tick(done)
        writer.commit()

    def search(self, query: str) -> list[str]:
        if self._searcher is None:
            self._searcher = self._ix.searcher()
        searcher = self._searcher
        return [hit["id"] for hit in searcher.search(self._parser.parse(query), limit=50)]


class BareFts5:
    """SQLite FTS5 with its default tokenizer, one transaction."""

    def __init__(self, path: Path) -> None:
        path.unlink(missing_ok=True)
        self._db = sqlite3.connect(path)
        self._db.execute("CREATE VIRTUAL TABLE docs USING fts5(id UNINDEXED, title, body)")

    def index(self, docs: list[Doc], tick: Callable[[int], None]) -> None:
        with self._db:
            for done, doc in enumerate(docs, start=1):
                self._db.execute("INSERT INTO docs VALUES (?, ?, ?)", doc)
                tick(done)

    def search(self, query: str) -> list[str]:
        rows = self._db.execute("SELECT id FROM docs WHERE docs MATCH ? ORDER BY rank LIMIT 50", (query,))
        return [row[0] for row in rows]

    def close(self) -> None:
        self._db.close()
