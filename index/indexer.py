"""Incremental, interruptible indexing of files into the archive.

Work is committed in batches: the search index first, then the document
store, which is the committed truth. A crash or Ctrl-C loses at most the batch
in flight; the next run finds those files changed and redoes them.
"""

from __future__ import annotations

import hashlib
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from kutip.index.analysis import analyse
from kutip.index.docstore import DocStore, SourceState
from kutip.index.ingest import SkipFile, discover, load_bytes, read_file
from kutip.index.linking import update_links
from kutip.index.models import Article
from kutip.index.progress import IndexProgress, IndexReport
from kutip.index.searchindex import SearchIndex

BATCH_FILES = 200
BATCH_SECONDS = 5.0


@dataclass
class _Pending:
    """Files read but not yet committed."""

    states: list[SourceState] = field(default_factory=list)
    touched: list[SourceState] = field(default_factory=list)  # same bytes, new mtime
    articles: list[Article] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    ids: dict[str, str] = field(default_factory=dict)  # article id -> source
    started: float = field(default_factory=time.monotonic)

    def due(self) -> bool:
        return (
            len(self.states) + len(self.touched) >= BATCH_FILES
            or time.monotonic() - self.started >= BATCH_SECONDS
        )


def file_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class Indexer:
    """One indexing run over a set of paths."""

    def __init__(
        self,
        store: DocStore,
        search: SearchIndex,
        progress: Callable[[IndexProgress], None] | None = None,
        cancel: threading.Event | None = None,
    ) -> None:
        self.store = store
        self.search = search
        self.progress = progress
        self.cancel = cancel
        self.report = IndexReport()
        self._known = store.sources()
        self._pending = _Pending()

    def run(self, paths: Iterable[Path], *, prune: bool = False, force: bool = False) -> IndexReport:
        try:
            files = list(discover(paths))
            for done, path in enumerate(files, start=1):
                if self.cancel is not None and self.cancel.is_set():
                    self.report.interrupted = True
                    return self.report
                self._index_file(path, force=force)
                if self._pending.due():
                    self._flush()
                if self.progress is not None:
                    self.progress(IndexProgress(done=done, total=len(files), path=str(path)))
            if prune:
                self._prune()
            self._flush()
        except KeyboardInterrupt:
            self.report.interrupted = True
        return self.report

    def _index_file(self, path: Path, *, force: bool) -> None:
        source = str(path.resolve())
        try:
            stat = path.stat()
            old = self._known.get(source)
            if not force and old and (old.mtime_ns, old.size) == (stat.st_mtime_ns, stat.st_size):
                self.report.unchanged += 1
                return
            data = read_file(path)  # type and size are checked before anything is read
            digest = file_hash(data)
            state = SourceState(source, digest, stat.st_mtime_ns, stat.st_size)
            if not force and old and old.file_hash == digest:
                self._pending.touched.append(state)
                self.report.unchanged += 1
                return
            result = load_bytes(path, data)
        except SkipFile as skip:
            self.report.skipped.append((source, str(skip)))
            return
        except OSError as error:
            self.report.skipped.append((source, f"cannot read: {error.strerror or error}"))
            return
        for warning in result.warnings:
            self.report.warnings.append((source, warning))
        articles = [a for a in result.articles if self._accept(a, source)]
        if not articles:
            if not result.articles:
                self.report.skipped.append((source, "no article text found"))
            return
        for article in articles:
            analyse(article)
        self._pending.states.append(state)
        self._pending.articles.extend(articles)
        if old is None:
            self.report.added += 1
        else:
            self.report.updated += 1

    def _accept(self, article: Article, source: str) -> bool:
        """Refuse a second copy of an article already indexed from another, still existing file."""
        other = self._pending.ids.get(article.id) or self.store.source_of(article.id)
        if other and other != source:
            if Path(other).exists():
                self.report.skipped.append(
                    (source + (f"#{article.locator}" if article.locator else ""), f"same text as {other}")
                )
                return False
            self._pending.removed.append(other)  # the file moved: forget its old place
        self._pending.ids[article.id] = source
        return True

    def _prune(self) -> None:
        for source in self._known:
            if not Path(source).exists():
                self._pending.removed.append(source)
                self.report.removed += 1

    def _flush(self) -> None:
        pending = self._pending
        if not (pending.states or pending.removed or pending.touched):
            return
        with self.search.batch() as batch:
            for source in pending.removed:
                batch.delete_source(source)
            for state in pending.states:
                batch.delete_source(state.path)
            for article in pending.articles:
                batch.add_article(article)
        self.store.commit_batch(
            pending.states, pending.articles, pending.removed, pending.touched, link=update_links
        )
        self._pending = _Pending()
