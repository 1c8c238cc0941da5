"""Incremental, interruptible indexing of files into the archive.

Work is committed in batches: the search index first, then the document
store, which is the committed truth. A crash or Ctrl-C loses at most the batch
in flight; the next run finds those files changed and redoes them. Files are
read in this process and analysed on every core (:mod:`kutip.index.pool`);
only this process writes, and with workers it commits one batch on a thread
(:mod:`kutip.index.committer`) while it gathers the next, so the workers are
never left idle by a commit. Counts in the report are of committed work.
"""

from __future__ import annotations

import hashlib
import os
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from stat import S_ISLNK
from typing import Any, TypeVar, cast

from kutip.index.committer import Committer
from kutip.index.docstore import DocStore, SourceState
from kutip.index.indexer_heap import (
    collector_paused,
    release_free_heap,
    resettle_writer_heap,
    settle_writer_heap,
    trim_memos,
)
from kutip.index.ingest import SkipFile, filesystem_path, storable_path
from kutip.index.ingest.discover import discover_names
from kutip.index.linking import update_links
from kutip.index.models import Article
from kutip.index.people import name_offices, update_people
from kutip.index.pool import Analysed, AnalysisPool, analyse_file
from kutip.index.progress import WORKERS_WAITING, IndexProgress, IndexReport, Stages, add_stages, timed
from kutip.index.search.engine import SearchEngine
from kutip.index.search.stemming import remember_stems

BATCH_FILES = 1000
BATCH_SECONDS = 30.0  # a crash loses about this much work; each commit costs a Whoosh segment
# ... once this many files wait: on a loaded machine 30 s held a few dozen files, and the
# Whoosh commits and merges of such small segments became most of the writer's time (10k
# articles at load 8: 28 of its 45 CPU ms per article, growing from 11 to 34 over the run)
BATCH_MIN_FILES = 200
BATCH_MAX_SECONDS = 120.0  # and in any case after this long
SLOW_FILE_SECONDS = 2.0  # commit pending work before waiting longer on one file
POOL_MIN_FILES = 24  # fewer files are analysed here: starting workers would cost more
IN_FLIGHT_PER_WORKER = 8


def worker_count() -> int:
    return max(1, min(os.cpu_count() or 1, 8))


@dataclass
class _Pending:
    """Files read but not yet committed."""

    states: list[SourceState] = field(default_factory=list)
    touched: list[SourceState] = field(default_factory=list)  # same bytes, new mtime
    articles: list[Article] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    ids: dict[str, str] = field(default_factory=dict)  # article id -> source
    stems: dict[str, str] = field(default_factory=dict)  # new to this process, for the store
    cpu: Stages = field(default_factory=dict)  # CPU per stage of these files, until handed to commit
    added: int = 0
    updated: int = 0
    pruned: int = 0
    started: float = field(default_factory=time.monotonic)
    share: float = 0.0  # of the run's files read when this batch was cut

    def due(self) -> bool:
        files = len(self.states) + len(self.touched)
        age = time.monotonic() - self.started
        return (
            files >= BATCH_FILES
            or (age >= BATCH_SECONDS and files >= BATCH_MIN_FILES)
            or age >= BATCH_MAX_SECONDS
        )

    def overdue(self) -> bool:
        """Due even while the batch before is still being committed (the writer then waits for it).

        Until then the writer gathers on: blocked, it fed the workers nothing and they idled (2.3
        to 26 s a time at load 12), and this batch could not be committed before that one anyway.
        Only its size bounds it (memory); its age does not: waiting would not commit it sooner.
        """
        return len(self.states) + len(self.touched) >= 2 * BATCH_FILES


@dataclass(slots=True)
class _Read:
    """A file read and waiting for its analysis."""

    path: Path
    source: str
    state: SourceState
    is_new: bool


def file_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class Indexer:
    """One indexing run over a set of paths."""

    def __init__(
        self,
        store: DocStore,
        search: SearchEngine,
        progress: Callable[[IndexProgress], None] | None = None,
        cancel: threading.Event | None = None,
        workers: int | None = None,
    ) -> None:
        self.store = store
        self.search = search
        self.progress = progress
        self.cancel = cancel
        self.workers = worker_count() if workers is None else workers
        self.report = IndexReport()
        self._known = store.stamps()  # path -> (file_hash, mtime_ns, size)
        self._pending = _Pending()
        self._pool: AnalysisPool | None = None  # started when the first file needs analysis
        self._use_pool = False
        self._waiting: list[tuple[_Read, int]] = []  # (file, its number) in submission order
        self._stemmed: set[str] = set()  # words whose stems this run analysed in this process
        self._cpu: Stages = {}  # CPU seconds per stage since the last commit
        self._committer: Committer[_Pending] | None = None  # with the pool: commits in the background
        self._committing: dict[str, str] = {}  # article id -> source, of the batch being committed
        self._total = 0
        self._read = 0  # files of this run read so far
        self._folders: dict[str, str] = {}  # folder as given -> its real path
        self._settled = False  # whether a commit froze the heap (indexer_heap.settle_writer_heap)

    def run(self, paths: Iterable[Path], *, prune: bool = False, force: bool = False) -> IndexReport:
        try:
            # names, not Path objects: an unchanged run holds one per file and the collector tracks a
            # Path (docs/benchmarks.md, Session 44); a file that needs reading is made a Path then.
            # The walk states no plain file: _locate's lstat is the one a file (session 48)
            files = list(discover_names(paths, skipped=self.report.skipped, any_name=True))
            self._total = len(files)
            self._use_pool = self.workers > 1 and len(files) >= POOL_MIN_FILES
            for done, name in enumerate(files, start=1):
                if self.cancel is not None and self.cancel.is_set():
                    self.report.interrupted = True
                    return self.report
                self._read_file(name, done, force=force)
                if self._pool is not None:
                    while self._pool.in_flight >= self.workers * IN_FLIGHT_PER_WORKER:
                        self._take_next()
            while self._waiting:
                if self.cancel is not None and self.cancel.is_set():
                    self.report.interrupted = True
                    return self.report
                self._take_next()
            if prune:
                self._prune()
            self._flush()
        except KeyboardInterrupt:
            self.report.interrupted = True
        finally:
            if self._pool is not None:
                self._pool.close()
                self._pool = None
            self._close_committer()
            if self._settled:
                resettle_writer_heap()
        return self.report

    def _close_committer(self) -> None:
        """Wait for the commit in flight (the report counts it) and raise its error, if any."""
        committer, self._committer = self._committer, None
        if committer is None:
            return
        try:
            committer.close()
        except KeyboardInterrupt:  # a second Ctrl-C: stop waiting; a commit cut short is a crash's case
            self.report.interrupted = True

    def _tick(self, done: int, path: Path | str) -> None:
        committing = self._committer is not None and self._committer.busy
        if self._pending.due() and (not committing or self._pending.overdue()):
            self._flush()
        if self.progress is not None:
            self.progress(IndexProgress(done=done, total=self._total, path=str(path)))

    def _read_file(self, name: str, done: int, *, force: bool) -> None:
        """Read one file and send it to analysis, or settle it here when it needs none."""
        self._read = done
        with timed(self._cpu, "read files"):
            found = self._examine(name, force=force)
        if found is None:
            return self._after_cheap(done, name)
        read, data = found
        path = read.path
        if self._use_pool and self._pool is None:
            self._pool = AnalysisPool(self.workers)
            self._committer = Committer(self._commit, finish=self.store.close)
        if self._pool is None:
            self._settle(read, analyse_file(path, data, self._stemmed))
            self._tick(done, path)
        else:
            with timed(self._cpu, "pipe to workers"):
                self._pool.submit(path, data)
            self._waiting.append((read, done))
        return None

    def _locate(self, path: str) -> tuple[str, os.stat_result]:
        """The stored name of ``path`` (its real path) and its status: one ``lstat`` for a file
        that is not a link, its folder's real path worked out once per folder. Resolving every
        file component by component took a third of an unchanged re-run's CPU."""
        info = os.lstat(path)
        if S_ISLNK(info.st_mode):
            return storable_path(Path(path).resolve()), os.stat(path)
        folder, name = os.path.split(path)
        real = self._folders.get(folder)
        if real is None:
            real = self._folders[folder] = os.path.realpath(folder or os.curdir)
        joined = os.path.join(real, name)
        return (joined if joined.isascii() else storable_path(joined)), info  # it maps non-ASCII only

    def _examine(self, name: str, *, force: bool) -> tuple[_Read, bytes] | None:
        """The file and its bytes when it needs analysis; ``None`` when it was settled here."""
        try:
            source, stat = self._locate(name)
        except OSError as error:
            source = storable_path(Path(name).resolve())
            self.report.skipped.append((source, f"cannot read: {error.strerror or error}"))
            return None
        try:
            old = self._known.get(source)
            if not force and old and old[1:] == (stat.st_mtime_ns, stat.st_size):
                self.report.unchanged += 1
                return None
            from kutip.index.ingest import read_file  # the loader: not imported by a run with nothing new

            path = Path(name)
            data = read_file(path)  # type and size are checked before anything is read
            digest = file_hash(data)
            state = SourceState(source, digest, stat.st_mtime_ns, stat.st_size)
            if not force and old and old[0] == digest:
                self._pending.touched.append(state)
                self.report.unchanged += 1
                return None
        except SkipFile as skip:
            self.report.skipped.append((source, str(skip)))
            return None
        except OSError as error:
            self.report.skipped.append((source, f"cannot read: {error.strerror or error}"))
            return None
        return _Read(path, source, state, old is None), data

    def _after_cheap(self, done: int, path: str) -> None:
        """A file settled without analysis: reported now when nothing before it is still analysed."""
        if self._waiting:
            return
        self._tick(done, path)

    def _take_next(self) -> None:
        assert self._pool is not None
        read, done = self._waiting.pop(0)
        with timed(self._cpu, "pipe to workers"):  # unpickling results; waiting costs no CPU
            result = self._pool.next_result(self._slow)
        self._settle(read, result)
        self._tick(done, read.path)

    def _slow(self, seconds: float) -> None:
        """A file is slow to analyse: commit what is pending so a stall or kill loses nothing."""
        if seconds >= SLOW_FILE_SECONDS and (self._pending.states or self._pending.touched):
            self._flush()

    def _settle(self, read: _Read, result: Analysed) -> None:
        source = read.source
        add_stages(self._cpu, result.cpu)
        if result.waited:  # wall, not CPU: a worker left without a file (the writer fell behind)
            self._cpu[WORKERS_WAITING] = self._cpu.get(WORKERS_WAITING, 0.0) + result.waited
        if result.skip:
            self.report.skipped.append((source, result.skip))
            return
        for warning in result.warnings:
            self.report.warnings.append((source, warning))
        # Each stem arrives once per run (workers forward theirs to each other; in-process
        # analysis reports words new to this run), and the store ignores ones it already has.
        remember_stems(result.stems)  # the writer's own index analysis looks them up
        self._pending.stems.update(result.stems)
        for article in result.articles:
            article.source = source  # the stored form, safe whatever the name's bytes
        articles = [a for a in result.articles if self._accept(a, source)]
        if not articles:
            if not result.articles:
                self.report.skipped.append((source, "no article text found"))
            return
        self._pending.states.append(read.state)
        self._pending.articles.extend(articles)
        if read.is_new:
            self._pending.added += 1
        else:
            self._pending.updated += 1

    def _accept(self, article: Article, source: str) -> bool:
        """Refuse a second copy of an article already indexed from another, still existing file."""
        if self._pending.ids.get(article.id) == source:
            return False  # the same record twice in one file: one copy
        other = (
            self._pending.ids.get(article.id)
            or self._committing.get(article.id)
            or self.store.source_of(article.id)
        )
        if other and other != source:
            if filesystem_path(other).exists():
                self.report.skipped.append(
                    (source + (f"#{article.locator}" if article.locator else ""), f"same text as {other}")
                )
                return False
            self._pending.removed.append(other)  # the file moved: forget its old place
        self._pending.ids[article.id] = source
        return True

    def _prune(self) -> None:
        for source in self._known:
            if not filesystem_path(source).exists():
                self._pending.removed.append(source)
                self._pending.pruned += 1

    def _flush(self) -> None:
        """Commit what is pending: in the background when workers analyse (they keep working)."""
        pending = self._pending
        if not (pending.states or pending.removed or pending.touched):
            return
        pending.cpu, self._cpu = self._cpu, {}
        pending.share = self._read / self._total if self._total else 1.0
        self._pending = _Pending()
        if self._committer is None:
            self._commit(pending)
        else:
            self._committer.submit(pending)  # waits for the previous commit first
            self._committing = pending.ids

    def _commit(self, pending: _Pending) -> None:
        """Write one batch: the search index first, then the store (the committed truth)."""
        cpu = pending.cpu
        with timed(cpu, "people"):  # office-only cues (ujar Menkeu) named before anything is stored
            name_offices(self.store.connection(), pending.articles)
        self._write_search(pending)
        hooks = {"people": 0.0, "linking": 0.0}
        with timed(cpu, "sqlite"):
            self.store.commit_batch(
                pending.states,
                pending.articles,
                pending.removed,
                pending.touched,
                link=_timed_hook(update_links, hooks, "linking"),
                people=_timed_hook(update_people, hooks, "people"),
                stems=pending.stems,
            )
        cpu["sqlite"] -= sum(hooks.values())  # the store's own inserts and deletes
        with timed(hooks, "linking"):  # linking's memos kept to a batch's size, the freed heap given back
            trim_memos()
            settle_writer_heap()
            self._settled = True
            release_free_heap()
        add_stages(cpu, hooks)
        self.report.batches.append((len(pending.articles), cpu))
        self.report.added += pending.added
        self.report.updated += pending.updated
        self.report.removed += pending.pruned

    def _write_search(self, pending: _Pending) -> None:
        """The batch into the search index. Its own method so that Whoosh's segment writer, held in
        cycles, is garbage when the commit settles the heap (frozen alive, it would never be freed)."""
        cpu = pending.cpu
        merged_before = _merge_cpu(self.search)
        progress = getattr(self.search, "run_progress", None)  # an engine that merges as a run goes
        if progress is not None:
            progress(pending.share)
        with self.search.batch() as batch:
            with timed(cpu, "whoosh documents"):
                for source in pending.removed:
                    batch.delete_source(source)
                for state in pending.states:
                    batch.delete_source(state.path)
                for article in pending.articles:
                    batch.add_article(article)
            committing = time.thread_time()
        cpu["whoosh commit"] = cpu.get("whoosh commit", 0.0) + time.thread_time() - committing
        if merged := _merge_cpu(self.search) - merged_before:  # a merge process's, adopted here
            cpu["whoosh merge (child)"] = merged


def _merge_cpu(search: SearchEngine) -> float:
    """CPU seconds the engine's merge processes spent so far (0 for an engine without them)."""
    return float(getattr(search, "merge_cpu", 0.0))


_Hook = TypeVar("_Hook", bound=Callable[..., None])


def _timed_hook(hook: _Hook, stages: Stages, stage: str) -> _Hook:
    """``hook`` with its CPU time added to ``stages[stage]``."""

    def run(*args: Any) -> None:
        with timed(stages, stage), collector_paused():  # see indexer_heap: no cycles, many objects
            hook(*args)

    return cast(_Hook, run)
