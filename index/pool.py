"""Reading and analysing files on every core, with a time and size budget per file.

Parsing and language analysis (entities, statements) are pure functions of a
file's bytes, so they run in worker processes; the parent keeps the only
Whoosh writer and the only SQLite connection. Results come back in the order
files were given, so batches, progress and reports read as in one process.
A worker that overruns a file's time budget is killed and replaced: one
pathological file never stalls a folder. The budget is the worker's CPU time
where the system tells it (Linux), so a busy machine, which slows every file
alike, never makes a sound file look pathological; a far longer wall-clock
limit still catches a worker stalled without using the CPU.

Sastrawi needs milliseconds for a word outside its dictionary, so each word is
stemmed once per run, not once per worker: a worker sends back only the stems
it computed, and the parent forwards them to the other workers with their next
file.

A worker's heap only grows: the analysers' models, word lists and memo caches
(a word's features, stems, readings), some hundred thousand containers by 5,000
files. Python's collector walked all of them in each of its full passes, one
every ~100 files, a pass costing more as they grew (0.6 to 1.4 ms an article
over a run: the growth of a worker's CPU in a long run). So a worker collects
and then freezes its heap after its first file and every ``FREEZE_EVERY`` files
(``gc.freeze``: what is alive then is never walked again; what it later drops
is still freed by reference counting), and runs young collections every
``YOUNG_COLLECTION`` allocations instead of 700 (a file's own objects are
nearly all freed by reference counting; a young pass found almost nothing).
"""

from __future__ import annotations

import gc
import multiprocessing
import os
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
from kutip.index.ingest import SkipFile
from kutip.index.models import Article
from kutip.index.progress import Stages, timed
from kutip.index.search.stemming import new_stems, remember_stems

ANALYSIS_SECONDS = 60.0  # per file: CPU seconds of its worker (wall clock where unknown)
STALL_FACTOR = 10  # per file, wall clock: this many times the budget, used CPU or not
ANALYSIS_CHARS = 1_000_000  # per article body
# Files sent to a worker ahead of its results: the next one waits in its pipe, so the worker
# starts on it at once instead of idling until the parent (whose commit thread holds the GIL
# for seconds at a time) collects the result and sends more.
PREFETCH = 2
# ... when that file is this small: the parent's send must never block on a worker busy with
# a file, or a worker sending back a large result and a parent sending a large file would
# wait on each other for ever (a socket pair buffers well over this much)
PREFETCH_BYTES = 48_000
FREEZE_EVERY = 100  # files: a worker collects, then freezes what is alive (see above)
YOUNG_COLLECTION = 10_000  # allocations between a worker's young collections (Python's default: 700)


@dataclass(slots=True)
class Analysed:
    """What became of one file: its analysed articles and warnings, or why it was skipped."""

    articles: list[Article] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    skip: str = ""
    stems: dict[str, str] = field(default_factory=dict)  # Indonesian word -> stem, new to the writer
    cpu: Stages = field(default_factory=dict)  # CPU seconds per stage spent on this file
    waited: float = 0.0  # wall seconds its worker waited for this file after the one before


def analyse_file(path: Path, data: bytes, reported: set[str] | None = None) -> Analysed:
    """Parse and analyse one file; every failure is that file's skip with a reason.

    ``stems`` of the result are those of words not in ``reported`` (which then records them):
    by default this process's set, shared by a worker's files; a writer analysing files itself
    passes its run's own set, so its stems reach the store whatever this process did before.
    """
    from kutip.index.ingest import load_bytes  # the loader: a run with nothing new never needs it

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
    gc.set_threshold(YOUNG_COLLECTION, *gc.get_threshold()[1:])
    files = 0
    try:
        conn.send(None)  # ready: a file's time budget starts when a worker can start on it
        while True:
            asked = time.monotonic()
            path, data, stems = conn.recv()
            waited = time.monotonic() - asked
            if stems:
                learn_stems(stems)
            result = analyse_one(path, data)
            result.waited = waited
            conn.send(result)
            del result  # sent: nothing of it is frozen below
            files += 1
            if files % FREEZE_EVERY == 1:  # the first file (models and lists loaded), then every 100th
                settle_heap()
    except (EOFError, OSError):  # the parent closed the pool (or died): nothing more to do
        return


def settle_heap() -> None:
    """Collect what is garbage, then exempt what is alive from every later collection.

    A full collection here walks only what was allocated since the last freeze. A container
    that was alive at a freeze and later falls into a cycle with others of its kind is never
    reclaimed; nothing in the analysers does that (their caches only grow or drop whole entries,
    freed by reference counting), and the worker lives one run.
    """
    gc.collect()
    gc.freeze()


def too_slow(seconds: float, measure: str = "") -> Analysed:
    return Analysed(
        skip=f"analysis took longer than {seconds:.0f} s{measure}; skipped (the file may be pathological)"
    )


_CLOCK_TICKS = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def process_cpu(pid: int | None) -> float | None:
    """CPU seconds (user + system) process ``pid`` has used, or None where /proc cannot say."""
    if pid is None:
        return None
    try:
        with open(f"/proc/{pid}/stat", "rb") as stat:
            fields = stat.read().rsplit(b")", 1)[1].split()
    except (OSError, IndexError):
        return None
    try:  # after the command's closing parenthesis: state is field 3, utime 14, stime 15
        return (int(fields[11]) + int(fields[12])) / _CLOCK_TICKS
    except (IndexError, ValueError):
        return None


_Task = tuple[int, Path, bytes]


@dataclass
class _Worker:
    process: BaseProcess
    conn: Connection
    tasks: deque[_Task] = field(default_factory=deque)  # sent, not yet answered; the first is running
    started: float = 0.0  # when the first of ``tasks`` started (about: when the one before it ended)
    cpu_started: float | None = None  # the worker's CPU seconds then (None: unknown here)
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
    context.set_forkserver_preload(["kutip.index.pool", "kutip.index.ingest.loader"])
    return context


class AnalysisPool:
    """Ordered analysis of files on ``workers`` processes, each file within ``budget`` seconds.

    ``budget`` is CPU seconds where the worker's CPU time can be read, else wall seconds;
    ``stall`` (wall seconds, ten budgets by default) ends a file that waits without working.
    """

    def __init__(
        self,
        workers: int,
        budget: float = ANALYSIS_SECONDS,
        analyse_one: Analyse = analyse_file,
        stall: float | None = None,
    ) -> None:
        self.budget = budget
        self.stall = budget * STALL_FACTOR if stall is None else stall
        self._analyse = analyse_one
        self._context = _context()
        self._workers = [self._start() for _ in range(max(1, workers))]
        self._queue: deque[_Task] = deque()
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
            while worker.ready and self._queue and self._may_send(worker, self._queue[0]):
                task = self._queue.popleft()
                worker.conn.send((task[1], task[2], self._stems_for(number, worker)))
                if not worker.tasks:
                    self._mark_start(worker)
                worker.tasks.append(task)
        self._trim_stems()

    @staticmethod
    def _may_send(worker: _Worker, task: _Task) -> bool:
        return not worker.tasks or (len(worker.tasks) < PREFETCH and len(task[2]) <= PREFETCH_BYTES)

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
        """A fresh process for ``worker``; the files it held but had not started go first again."""
        worker.process.kill()
        worker.process.join(5)
        worker.conn.close()
        fresh = self._start()
        self._queue.extendleft(reversed(worker.tasks))
        worker.process, worker.conn, worker.tasks, worker.ready = fresh.process, fresh.conn, deque(), False
        worker.seen = self._stems_base + len(self._stems)  # a fresh worker stems (and reports) anew

    def _fail_first(self, worker: _Worker, outcome: Analysed) -> None:
        """The file ``worker`` was running ends as ``outcome`` and the worker is replaced."""
        self._done[worker.tasks.popleft()[0]] = outcome
        self._replace(worker)

    def _collect(self, timeout: float) -> None:
        busy = {w.conn: w for w in self._workers if w.tasks or not w.ready}
        if not busy:
            return
        for conn in wait(list(busy), timeout):
            worker = busy[conn]  # type: ignore[index]
            try:
                while True:  # every answer already in the pipe
                    message = worker.conn.recv()
                    if message is None:
                        worker.ready = True
                    else:
                        self._done[worker.tasks.popleft()[0]] = message
                        self._mark_start(worker)  # the next file (if any) runs from now
                        if message.stems:
                            self._stems.append((self._workers.index(worker), message.stems))
                    if not (worker.tasks and worker.conn.poll()):
                        break
            except (EOFError, OSError):  # the worker died (out of memory, killed): skip its file
                if worker.tasks:
                    self._fail_first(worker, Analysed(skip="analysis crashed; skipped"))
                else:
                    self._replace(worker)
        for worker in self._workers:
            if worker.tasks:
                self._check_budget(worker)
        self._dispatch()

    @staticmethod
    def _mark_start(worker: _Worker) -> None:
        worker.started = time.monotonic()
        worker.cpu_started = process_cpu(worker.process.pid)

    def _check_budget(self, worker: _Worker) -> None:
        """Fail the running file past its CPU budget, or past the wall-clock stall limit."""
        wall = time.monotonic() - worker.started
        if worker.cpu_started is None:  # no CPU figure here: the budget is wall clock
            if wall > self.budget:
                self._fail_first(worker, too_slow(self.budget))
            return
        used = process_cpu(worker.process.pid)
        if used is not None and used - worker.cpu_started > self.budget:
            self._fail_first(worker, too_slow(self.budget, " of CPU"))
        elif wall > self.stall:
            self._fail_first(worker, too_slow(self.stall))

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
