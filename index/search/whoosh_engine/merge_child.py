"""The child process that writes one merged segment (``python -m`` this module).

It reads a pickled :class:`MergeJob` on stdin, writes the merged segment into the job's own
folder (never the index folder: nothing there may appear before a table of contents names it)
and leaves the pickled new segment and its own CPU seconds in ``RESULT_FILE`` there. The
writer keeps stdin open while it wants the result; when stdin closes (the writer ended, was
killed, or gave the merge up) the child exits at once, so no merge outlives its writer.
"""

from __future__ import annotations

import os
import pickle
import sys
import threading
from dataclasses import dataclass
from types import SimpleNamespace
from typing import Any

from whoosh.codec.base import Segment
from whoosh.fields import Schema
from whoosh.filedb.filestore import FileStorage
from whoosh.reading import SegmentReader
from whoosh.writing import SegmentWriter

from kutip.index.search.whoosh_engine.inplace import install as read_segments_in_place
from kutip.index.search.whoosh_engine.lengths import merge_reader, read_lengths_whole
from kutip.index.search.whoosh_engine.streaming import write_streamed

RESULT_FILE = "result.pickle"
read_segments_in_place()  # mapped sources are read where they lie, not copied


@dataclass(frozen=True, slots=True)
class MergeJob:
    """What to merge: the sources as the writer saw them (their deletions then included)."""

    directory: str
    indexname: str
    out: str
    schema: Schema
    segments: list[Segment]
    limitmb: int


class _Target:
    """The little of an index that Whoosh's segment writer reads: a folder of its own, no lock."""

    def __init__(self, job: MergeJob) -> None:
        self.storage = FileStorage(job.out).create()
        self.indexname = job.indexname
        self._toc = SimpleNamespace(generation=0, schema=job.schema, segments=[])

    def _read_toc(self) -> Any:
        return self._toc


def write_merged(job: MergeJob) -> Segment:
    """Write the job's segments, minus their deleted documents, as one new segment in ``job.out``.

    Documents keep their order (source by source, ascending), which is what lets the writer
    map later deletions onto the new segment. The sources' terms are merged in order and written
    a block at a time (:func:`write_streamed`), not sorted again in Whoosh's pool.
    """
    source = FileStorage(job.directory, supports_mmap=True)
    writer = SegmentWriter(_Target(job), _lk=False, limitmb=job.limitmb)
    read_lengths_whole(writer)
    readers = [merge_reader(SegmentReader(source, job.schema, segment)) for segment in job.segments]
    try:
        segment = write_streamed(writer, readers)
        writer._finish()
    finally:
        for reader in readers:
            reader.close()
    return segment


def _exit_when_abandoned() -> None:
    """Exit as soon as the writer closes our stdin: it no longer wants the result."""
    sys.stdin.buffer.read()
    os._exit(3)


def main() -> None:
    job: MergeJob = pickle.load(sys.stdin.buffer)
    threading.Thread(target=_exit_when_abandoned, daemon=True).start()
    # Not niced: at a lower priority than the writer, on a machine shared with other work, a
    # 6,000-article merge got 5 % of a core and was still running twenty minutes after its writer.
    segment = write_merged(job)
    times = os.times()
    result = os.path.join(job.out, RESULT_FILE)
    with open(result + ".part", "wb") as file:
        pickle.dump((segment, times.user + times.system), file)
    os.replace(result + ".part", result)
    os._exit(0)  # not a normal shutdown: the thread still reading stdin would make that abort


if __name__ == "__main__":
    main()
