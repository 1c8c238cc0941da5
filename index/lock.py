"""One writer at a time, and a clear word about locks left by killed writers.

The lock is an ``flock`` on a file holding the writer's pid. The kernel drops
an ``flock`` when its process dies, so a killed writer never blocks the next
one; the pid it left behind tells us to say that we recovered.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from kutip.index.integrity import REBUILD_HINT, ArchiveError, disk_full, is_disk_full

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]


def create_once(
    path: Path, exists: Callable[[], bool], create: Callable[[], object], timeout: float = 30.0
) -> None:
    """Run ``create`` under the lock at ``path`` unless ``exists()``, so two processes opening a new
    archive at once create it once; waiting also ends when another process created it meanwhile.
    """
    deadline = time.monotonic() + timeout
    while not exists():
        try:
            with WriterLock(path):
                if not exists():
                    create()
                return
        except IndexBusy:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.05)


class IndexBusy(RuntimeError):
    """Another live process is writing to this archive."""


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


class WriterLock:
    """Context manager around the archive's write lock."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.recovered = ""
        self._fd: int | None = None

    def acquire(self) -> WriterLock:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except IsADirectoryError:
            raise ArchiveError(
                f"the archive's lock file {self.path} is a folder; {REBUILD_HINT} (or remove the folder)"
            ) from None
        except OSError as error:
            if is_disk_full(error):
                raise disk_full(self.path.parent) from None
            raise ArchiveError(f"cannot open the lock file {self.path}: {error.strerror or error}") from None
        if fcntl is not None:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                holder = os.pread(fd, 64, 0).decode("ascii", "replace").strip()
                os.close(fd)
                who = f" (pid {holder})" if holder.isdigit() else ""
                raise IndexBusy(f"another kutip process{who} is writing to {self.path.parent}") from None
        previous = os.pread(fd, 64, 0).decode("ascii", "replace").strip()
        if previous.isdigit() and int(previous) != os.getpid():
            state = "still running but not writing" if _alive(int(previous)) else "no longer running"
            self.recovered = (
                f"recovered a stale lock left by process {previous} ({state}); "
                "its unfinished batch was discarded"
            )
        try:
            os.ftruncate(fd, 0)
            os.pwrite(fd, str(os.getpid()).encode("ascii"), 0)
            os.fsync(fd)
        except OSError:  # a full disk: the flock is what excludes other writers, the pid only informs
            pass
        self._fd = fd
        return self

    def release(self) -> None:
        if self._fd is None:
            return
        with contextlib.suppress(OSError):
            os.ftruncate(self._fd, 0)
        os.close(self._fd)  # closing drops the flock
        self._fd = None

    def __enter__(self) -> WriterLock:
        return self.acquire()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()
