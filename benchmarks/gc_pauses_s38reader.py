"""The collector's pauses while the reader reads the whole list, with and without the heap settled.

    python benchmarks/gc_pauses_s38reader.py ARCHIVE {default,settled}

Imports the reader (its heap: Textual, kutip's modules), then reads the archive's whole list as the
reader's list thread does (``Archive.summaries`` and the index by id) and records every collection
(``gc.callbacks``): how many, how many full ones, and the longest pause in CPU ms (a pause holds
the interpreter, so a key pressed then waits for it). ``settled`` first does what
``kutip.tui.heap.settle_heap`` does (young collections rarer, the heap so far frozen), as the
reader now does when it mounts.
"""

from __future__ import annotations

import gc
import sys
import time
from pathlib import Path
from typing import Any


def main() -> None:
    archive_path, mode = Path(sys.argv[1]), sys.argv[2]
    import kutip.tui.app  # noqa: F401 (the reader's heap)
    from kutip.index.facade import Archive
    from kutip.tui.heap import settle_heap

    pauses: list[tuple[int, float]] = []
    began: dict[str, float] = {}

    def timed(phase: str, info: dict[str, Any]) -> None:
        if phase == "start":
            began["cpu"] = time.thread_time()
        else:
            pauses.append((info["generation"], (time.thread_time() - began["cpu"]) * 1000))

    if mode == "settled":
        settle_heap()
    archive = Archive.open(archive_path)
    gc.callbacks.append(timed)
    cpu = time.process_time()
    summaries = archive.summaries()
    by_id = {summary.id: summary for summary in summaries}
    cpu = (time.process_time() - cpu) * 1000
    gc.callbacks.remove(timed)
    full = [ms for generation, ms in pauses if generation == 2]
    longest = max((ms for _, ms in pauses), default=0.0)
    print(
        f"{mode}: {len(by_id)} summaries, CPU {cpu:.0f} ms; {len(pauses)} collections ({len(full)} full),"
        f" {sum(ms for _, ms in pauses):.0f} ms in all, longest {longest:.1f} ms"
    )


if __name__ == "__main__":
    main()
