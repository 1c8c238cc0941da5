"""One writer at a time, and a clear word about locks left by killed writers.

The lock is an ``flock`` on a file holding the writer's pid. The kernel drops
an ``flock`` when its process dies, so a killed writer never blocks the next
one; the pid it left behind tells us to say that we recovered.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from types import TracebackType

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]


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
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
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
        os.ftruncate(fd, 0)
        os.pwrite(fd, str(os.getpid()).encode("ascii"), 0)
        os.fsync(fd)
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
