"""Commit one batch in the background while the writer gathers the next.

A commit (Whoosh documents and segments, the store's transaction, people, linking) takes
seconds. Done in the writer's loop, nobody fed the workers meanwhile: they finished the few
files they held and waited, one core idle for every commit. Here the writer hands the batch
to a thread and goes back to reading files and collecting results, which needs little CPU
(the GIL is mostly free for the commit). One batch at a time: the next hand-over waits for the
previous commit, so the order of commits, and what a crash can lose, stay as before (the batch
in flight and the one being gathered). An error of a commit (a full disk) is raised in the
writer at its next hand-over or at :meth:`Committer.close`.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Generic, TypeVar

Job = TypeVar("Job")


class Committer(Generic[Job]):
    """Runs ``commit(job)`` on one long-lived thread, one job at a time.

    The thread is long-lived so the store's per-thread SQLite connection, and its page cache
    (linking's lookups), survive from one batch to the next; ``finish`` runs on that thread as it
    ends (closing that connection).
    """

    def __init__(self, commit: Callable[[Job], None], finish: Callable[[], None] = lambda: None) -> None:
        self._commit = commit
        self._finish = finish
        self._job: Job | None = None
        self._stop = False
        self._error: BaseException | None = None
        self._changed = threading.Condition()
        self._thread: threading.Thread | None = None

    def submit(self, job: Job) -> None:
        """Hand over ``job`` once the previous commit is done (its error, if any, is raised here)."""
        self.wait()
        with self._changed:
            self._job = job
            self._changed.notify_all()
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="kutip-commit", daemon=True)
            self._thread.start()

    @property
    def busy(self) -> bool:
        """A commit is running: a hand-over now would wait for it."""
        return self._job is not None

    def wait(self) -> None:
        """Block until no commit is running; raise the error of the last one, once."""
        with self._changed:
            while self._job is not None:
                self._changed.wait()
            error, self._error = self._error, None
        if error is not None:
            raise error

    def close(self) -> None:
        """Let the running commit finish, stop the thread, then raise that commit's error if any."""
        with self._changed:
            while self._job is not None:
                self._changed.wait()
            self._stop = True
            self._changed.notify_all()
        if self._thread is not None:
            self._thread.join()
            self._thread = None
        self.wait()

    def _run(self) -> None:
        try:
            while True:
                with self._changed:
                    while self._job is None and not self._stop:
                        self._changed.wait()
                    if self._job is None:
                        return
                    job = self._job
                try:
                    self._commit(job)
                except BaseException as error:  # handed to the writer; the thread stays ready
                    self._error = error
                with self._changed:
                    self._job = None
                    self._changed.notify_all()
        finally:
            self._finish()
