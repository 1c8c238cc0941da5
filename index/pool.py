"""Reading and analysing files on every core, with a time and size budget per file.

Parsing and language analysis (entities, statements) are pure functions of a
file's bytes, so they run in worker processes; the parent keeps the only
Whoosh writer and the only SQLite connection. Results come back in the order
files were given, so batches, progress and reports read as in one process.
A worker that overruns a file's time budget is killed and replaced: one
pathological file never stalls a folder.

Sastrawi needs milliseconds for a word outside its dictionary, so each word is
stemmed once per run, not once per worker: a worker sends back only the stems
it computed, and the parent forwards them to the other workers with their next
file.
"""

from __future__ import annotations

import multiprocessing
import signal
import time
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from multiprocessing.context import BaseContext
from multiprocessing.process import BaseProcess
from pathlib import Path

from kutip.index.analysis import analyse
from kutip.index.ingest import SkipFile, load_bytes
from kutip.index.models import Article
from kutip.index.progress import Stages, timed
from kutip.index.search.stemming import new_stems, remember_stems

ANALYSIS_SECONDS = 60.0  # per file, wall clock
ANALYSIS_CHARS = 1_000_000  # per article body


@dataclass(slots=True)
class Analysed:
    """What became of one file: its analysed articles and warnings, or why it was skipped."""

    articles: list[Article] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    skip: str = ""
    stems: dict[str, str] = field(default_factory=dict)  # Indonesian word -> stem, new to the writer
    cpu: Stages = field(default_factory=dict)  # CPU seconds per stage spent on this file


def analyse_file(path: Path, data: bytes, reported: set[str] | None = None) -> Analysed:
    """Parse and analyse one file; every failure is that file's skip with a reason.

    ``stems`` of the result are those of words not in ``reported`` (which then records them):
    by default this process's set, shared by a worker's files; a writer analysing files itself
    passes its run's own set, so its stems reach the store whatever this process did before.
    """
    cpu: Stages = {}
    try:
        with timed(cpu, "ingest"):
            result = load_bytes(path, data)
    except SkipFile as skip:
        return Analysed(skip=str(skip))
    except RecursionError:
        return Analysed(skip="nested too deeply to read")
    except Exception as error:  # one bad file must never stop a folder
        return Analysed(skip=f"cannot read: {type(error).__name__}: {error}"[:200])
    for article in result.articles:
        if len(article.body) > ANALYSIS_CHARS:
            return Analysed(
                skip=f"too long to analyse: {len(article.body) // 1000:,} K characters of text "
                f"(the limit is {ANALYSIS_CHARS // 1000:,} K)"
            )
    try:
        for article in result.articles:
            analyse(article, cpu)
    except RecursionError:
        return Analysed(skip="analysis failed: text nested too deeply")
    except Exception as error:
        return Analysed(skip=f"analysis failed: {type(error).__name__}: {error}"[:200])
    stems: dict[str, str] = {}
    seen = _REPORTED if reported is None else reported
    with timed(cpu, "stems"):
        for article in result.articles:
            if article.lang != "en":  # Indonesian or unknown: indexed with the Indonesian analyser
                stems.update(new_stems(article.title + "\n" + article.body, seen))
    return Analysed(list(result.articles), list(result.warnings), stems=stems, cpu=cpu)


# Words whose stems this process's parent already has (sent back, or forwarded by it).
_REPORTED: set[str] = set()


Analyse = Callable[[Path, bytes], Analysed]


def learn_stems(stems: dict[str, str]) -> None:
    """Stems another worker computed: looked up here, never computed or sent back again."""
    remember_stems(stems)
    _REPORTED.update(stems)


def _worker(conn: Connection, analyse_one: Analyse) -> None:
    """A worker's loop: (path, data, stems learned elsewhere) in, :class:`Analysed` out."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    try:
        conn.send(None)  # ready: a file's time budget starts when a worker can start on it
        while True:
            path, data, stems = conn.recv()
            if stems:
                learn_stems(stems)
            conn.send(analyse_one(path, data))
    except (EOFError, OSError):  # the parent closed the pool (or died): nothing more to do
        return


def too_slow(seconds: float) -> Analysed:
    return Analysed(skip=f"analysis took longer than {seconds:.0f} s; skipped (the file may be pathological)")


@dataclass
class _Worker:
    process: BaseProcess
    conn: Connection
    task: int = -1
    started: float = 0.0
    ready: bool = False
    seen: int = 0  # how much of the pool's stem log this worker has been sent


def _context() -> BaseContext:
    """Workers forked from a fresh server process: they inherit no lock, database or pipe of ours.

    A plain ``fork`` would hand each worker the writer lock's descriptor, so a killed writer's
    workers would keep the archive locked; it is also unsafe in the threaded reader.
    """
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["kutip.index.pool"])
    return context


class AnalysisPool:
    """Ordered analysis of files on ``workers`` processes, each file within ``budget`` seconds."""

    def __init__(
        self, workers: int, budget: float = ANALYSIS_SECONDS, analyse_one: Analyse = analyse_file
    ) -> None:
        self.budget = budget
        self._analyse = analyse_one
        self._context = _context()
        self._workers = [self._start() for _ in range(max(1, workers))]
        self._queue: deque[tuple[int, Path, bytes]] = deque()
        self._done: dict[int, Analysed] = {}
        self._next_task = 0
        self._next_result = 0
        self._stems: list[tuple[int, dict[str, str]]] = []  # (worker that found them, stems)
        self._stems_base = 0  # log position of self._stems[0]

    def _start(self) -> _Worker:
        parent, child = self._context.Pipe()
        spawn = self._context.Process  # type: ignore[attr-defined]
        process: BaseProcess = spawn(target=_worker, args=(child, self._analyse), daemon=True)
        process.start()
        child.close()
        return _Worker(process, parent)

    def submit(self, path: Path, data: bytes) -> int:
        task = self._next_task
        self._next_task += 1
        self._queue.append((task, path, data))
        self._dispatch()
        return task

    @property
    def in_flight(self) -> int:
        return self._next_task - self._next_result

    def _dispatch(self) -> None:
        for number, worker in enumerate(self._workers):
            if worker.ready and worker.task < 0 and self._queue:
                task, path, data = self._queue.popleft()
                worker.conn.send((path, data, self._stems_for(number, worker)))
                worker.task, worker.started = task, time.monotonic()
        self._trim_stems()

    def _stems_for(self, number: int, worker: _Worker) -> dict[str, str]:
        """Stems other workers found since this one was last sent any."""
        news: dict[str, str] = {}
        for origin, stems in self._stems[worker.seen - self._stems_base :]:
            if origin != number:
                news.update(stems)
        worker.seen = self._stems_base + len(self._stems)
        return news

    def _trim_stems(self) -> None:
        """Forget the part of the log every worker has been sent."""
        drop = min(w.seen for w in self._workers) - self._stems_base
        if drop > 256:
            del self._stems[:drop]
            self._stems_base += drop

    def _replace(self, worker: _Worker) -> None:
        worker.process.kill()
        worker.process.join(5)
        worker.conn.close()
        fresh = self._start()
        worker.process, worker.conn, worker.task, worker.ready = fresh.process, fresh.conn, -1, False
        worker.seen = self._stems_base + len(self._stems)  # a fresh worker stems (and reports) anew

    def _collect(self, timeout: float) -> None:
        busy = {w.conn: w for w in self._workers if w.task >= 0 or not w.ready}
        if not busy:
            return
        for conn in wait(list(busy), timeout):
            worker = busy[conn]  # type: ignore[index]
            try:
                message = worker.conn.recv()
                if message is None:
                    worker.ready = True
                    continue
                self._done[worker.task] = message
                if message.stems:
                    self._stems.append((self._workers.index(worker), message.stems))
                worker.task = -1
            except (EOFError, OSError):  # the worker died (out of memory, killed): skip its file
                if worker.task >= 0:
                    self._done[worker.task] = Analysed(skip="analysis crashed; skipped")
                self._replace(worker)
        now = time.monotonic()
        for worker in self._workers:
            if worker.task >= 0 and now - worker.started > self.budget:
                self._done[worker.task] = too_slow(self.budget)
                self._replace(worker)
        self._dispatch()

    def next_result(self, waiting: Callable[[float], None] | None = None) -> Analysed:
        """The next result in submission order; ``waiting(seconds)`` is called while it is slow."""
        start = time.monotonic()
        while self._next_result not in self._done:
            self._collect(0.25)
            if waiting is not None and self._next_result not in self._done:
                waiting(time.monotonic() - start)
        self._next_result += 1
        return self._done.pop(self._next_result - 1)

    def results(self) -> Iterator[Analysed]:
        while self.in_flight:
            yield self.next_result()

    def close(self) -> None:
        for worker in self._workers:
            worker.conn.close()
        for worker in self._workers:
            worker.process.join(1)
            if worker.process.is_alive():
                worker.process.kill()
                worker.process.join(1)
