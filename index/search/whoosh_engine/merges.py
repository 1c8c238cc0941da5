"""Whoosh's merge policy for kutip: tiers, small merges inline, large ones in a child process.

Segments of one size class (powers of ``MERGE_TIER`` documents) are merged once
``MERGE_TIER`` of them pile up, so each document is rewritten about log(N) times. A small
merge is done inline by the commit, as Whoosh does. A large one rewrote up to six batches
in one commit: at 10k articles one commit spent a minute of the writer's CPU while the
workers waited, and it fell wherever the tiers said. Those merges are written by a child
process (:mod:`merge_child`) while the writer keeps committing batches; a later commit swaps
the merged segment in for its sources in its new table of contents, with the deletions made
meanwhile carried over. Committed segments never change, so the child reads them safely.

A run that will end by merging the whole index (it wrote at least half of it: a first import)
starts no large merge once it has written ``DEFER_FROM_DOCS`` documents: that merge would be
rewritten by the whole one within the same run (at 100k articles, two of every three rewrites).
Only ``DEFERRED_SEGMENTS`` bounds the segments meanwhile. Once such a run has read ``HEAD_SHARE``
of its files, the segments it has so far (the head) are merged by a child while the rest is
analysed, and the end merges only what came after: the end of a first import had merged the
whole index on one core while the other idled (at 100k articles, minutes), and it leaves two
segments instead of one (so only where the whole merge would be long: ``HEAD_FROM_DOCS``). The end
of a smaller run merges only
its own tail, at most ``COMPACT_PER_WRITTEN`` times what it wrote, so adding a few articles to a
large archive never rewrites the segments that hold the rest.

Crash safety stays Whoosh's: the child writes into a folder of its own, its files are moved
beside the index only inside the commit that names them, and the table of contents is written
last. A crash leaves at most that folder, or files no table of contents names, which the next
merge or commit removes.
"""

from __future__ import annotations

import bisect
import contextlib
import math
import os
import pickle
import shutil
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from whoosh.codec.base import Segment
from whoosh.reading import SegmentReader
from whoosh.writing import SegmentWriter

from kutip.index.search.whoosh_engine.lengths import merge_reader
from kutip.index.search.whoosh_engine.merge_child import RESULT_FILE, MergeJob

MERGE_TIER = 6  # segments of one size class merged once this many have piled up
INLINE_DOCS = 2_000  # a merge of at most this many documents (~220 articles) is done by the commit
COMPACT_DOCS = 50_000  # at the end of a run, the smallest segments up to this many documents become one
COMPACT_PER_WRITTEN = 2  # ... and up to this many times the documents the run wrote
DEFER_FROM_DOCS = 20_000  # a run headed for a whole merge starts no large merge once it wrote this many
DEFERRED_SEGMENTS = 64  # ... unless this many segments have piled up
HEAD_SHARE = 0.85  # ... and merges what it wrote so far in a child once it read this share of its files
HEAD_FROM_DOCS = 200_000  # ... when that is this many documents (~22,000 articles): a whole merge of
# fewer takes about a minute at most, not worth the disk of a second segment (4,000 articles: +17 %)
MERGING_DIR = "merging"  # beside the index's files: the child's output until a commit adopts it


def tiers(segments: Sequence[Segment]) -> dict[int, list[Segment]]:
    """Segments by size class: log base ``MERGE_TIER`` of their document count."""
    by_tier: dict[int, list[Segment]] = {}
    for segment in segments:
        size = max(1, segment.doc_count())
        by_tier.setdefault(int(math.log(size, MERGE_TIER)), []).append(segment)
    return by_tier


@dataclass(slots=True)
class _Source:
    """One segment being merged, as the child saw it: its id and the documents it copied."""

    segment_id: str
    live: list[int]  # document numbers copied, ascending: the n-th lands at base + n
    base: int

    def new_number(self, docnum: int) -> int | None:
        at = bisect.bisect_left(self.live, docnum)
        return self.base + at if at < len(self.live) and self.live[at] == docnum else None


class _Running:
    """A merge in a child process."""

    def __init__(self, job: MergeJob, head: bool = False) -> None:
        self.out = Path(job.out)
        self.head = head  # the merge of a whole run's head (``HEAD_SHARE``)
        self.sources: list[_Source] = []
        base = 0
        for segment in job.segments:
            live = [n for n in range(segment.doc_count_all()) if not segment.is_deleted(n)]
            self.sources.append(_Source(segment.segment_id(), live, base))
            base += len(live)
        self._errors: IO[bytes] = (self.out / "error.txt").open("w+b")
        self.child = subprocess.Popen(
            [sys.executable, "-m", "kutip.index.search.whoosh_engine.merge_child"],
            stdin=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            stderr=self._errors,
        )
        assert self.child.stdin is not None
        with contextlib.suppress(BrokenPipeError):  # a child that died at once: its result says so
            self.child.stdin.write(pickle.dumps(job))
            self.child.stdin.flush()  # kept open: closing it tells the child to give up

    def ids(self) -> set[str]:
        return {source.segment_id for source in self.sources}

    def done(self) -> bool:
        return self.child.poll() is not None

    def result(self) -> tuple[Segment | None, float, str]:
        """Wait for the child: the merged segment (``None`` if it failed), its CPU seconds, its error."""
        self.child.wait()
        self._close()
        try:
            with (self.out / RESULT_FILE).open("rb") as file:
                segment, cpu = pickle.load(file)
        except (OSError, EOFError, pickle.UnpicklingError):
            return None, 0.0, self._error()
        return (segment if self.child.returncode == 0 else None), float(cpu), self._error()

    def abandon(self) -> None:
        self.child.kill()
        self.child.wait()
        self._close()

    def _close(self) -> None:
        if self.child.stdin is not None:
            with contextlib.suppress(BrokenPipeError):
                self.child.stdin.close()
        self._errors.close()

    def _error(self) -> str:
        try:
            lines = (self.out / "error.txt").read_text(errors="replace").strip().splitlines()
        except OSError:
            return ""
        return lines[-1] if lines else ""


class MergePolicy:
    """The merge policy of one index folder: call it as Whoosh's ``mergetype``."""

    def __init__(self, directory: Path, limitmb: int) -> None:
        self.directory = directory
        self.limitmb = limitmb
        self.background = True  # after a child failed, merges are done inline (errors surface)
        self.merge_cpu = 0.0  # CPU seconds spent by finished children (not the writer's)
        self.last_error = ""  # the last line a failed child wrote
        self._running: _Running | None = None
        self._cleared = False
        self.whole_ahead = False  # set per commit: this run will end by merging the whole index
        self.share = 0.0  # of the run's files read, as the caller last said (0: not known)
        self.head: str | None = None  # the merged head's segment id, once adopted in this run
        self._head_started = False

    @property
    def running(self) -> bool:
        return self._running is not None

    def plan(self, written: int, total: int) -> None:
        """Before a commit: the run has ``written`` documents (this batch's included) of the
        index's ``total``. Ended now, it would merge the whole index; once it has written enough,
        its large merges wait for that one."""
        self.whole_ahead = written >= DEFER_FROM_DOCS and 2 * written >= total

    def __call__(self, writer: SegmentWriter, segments: Sequence[Segment]) -> list[Segment]:
        if self._running is None and not self._cleared:  # a killed writer's merge (commits hold the lock)
            shutil.rmtree(self.directory / MERGING_DIR, ignore_errors=True)
            self._cleared = True
        kept = self._adopt(list(segments), wait=False)
        busy = self._running.ids() if self._running is not None else set()
        deferring = self.whole_ahead and len(kept) < DEFERRED_SEGMENTS
        out: list[Segment] = []
        due: set[Segment] = set()
        for _, group in sorted(tiers([s for s in kept if s.segment_id() not in busy]).items()):
            if len(group) < MERGE_TIER:
                continue
            if sum(s.doc_count() for s in group) <= INLINE_DOCS or not self.background:
                for segment in group:
                    writer.add_reader(merge_reader(SegmentReader(writer.storage, writer.schema, segment)))
                out.extend(group)
            elif not deferring:
                due.update(group)
        rest = [s for s in kept if s not in out]
        if self._head_due(rest):
            self.start(writer, rest, head=True)
            self._head_started = True
        elif due and self._running is None:  # every tier due in one child: none piles up behind another
            self.start(writer, [s for s in kept if s in due])
        return rest

    def _head_due(self, segments: Sequence[Segment]) -> bool:
        """Whether to merge ``segments`` now as the run's head (``HEAD_SHARE``)."""
        return (
            self.whole_ahead
            and self.share >= HEAD_SHARE
            and not self._head_started
            and self.background
            and self._running is None
            and len(segments) >= 2
            and sum(s.doc_count() for s in segments) >= max(HEAD_FROM_DOCS, INLINE_DOCS + 1)
        )

    def end_run(self) -> None:
        """The run ended: the next one starts without a head."""
        self.share, self.head, self._head_started = 0.0, None, False

    def compaction(self, segments: Sequence[Segment], whole: bool = False, written: int = 0) -> list[Segment]:
        """What the end of a run merges into one, when two or more segments: every segment when
        ``whole`` (the run wrote at least half the index, so the merge costs at most twice the
        run's own writing), else the smallest, up to ``COMPACT_DOCS`` documents and to
        ``COMPACT_PER_WRITTEN`` times the ``written`` documents of the run, or ``INLINE_DOCS``
        (a run of a hundred articles rewrote the tail earlier small runs left, ever longer).
        Each segment costs disk of its own (a term dictionary and a posting block per term): the
        10k archive took 155 MB in 11 segments, 125 MB in 3, 94 MB in one."""
        bound = min(COMPACT_DOCS, max(INLINE_DOCS, COMPACT_PER_WRITTEN * written))
        if whole and self.head is not None:  # merged while the run went on: the rest is merged alone
            segments = [s for s in segments if s.segment_id() != self.head]
        taken: list[Segment] = []
        total = 0
        for segment in sorted(segments, key=lambda s: s.doc_count_all()):
            total += segment.doc_count_all()
            if total > bound and not whole:
                break
            taken.append(segment)
        return taken if len(taken) >= 2 else []

    def compact(
        self, writer: SegmentWriter, segments: Sequence[Segment], whole: bool = False, written: int = 0
    ) -> list[Segment]:
        """``segments`` with their :meth:`compaction` merged: waits for it (the end of a run)."""
        group = self.compaction(segments, whole, written)
        if sum(s.doc_count() for s in group) <= INLINE_DOCS or not self.background:
            rest = [s for s in segments if s not in group]
            if not any(s.doc_count() for s in group):  # nothing left alive: the group is dropped
                return rest
            return [*rest, merged_inline(writer, group)]
        self.start(writer, group)
        return self._adopt(list(segments), wait=True)

    def adopt_finished(self, segments: Sequence[Segment], wait: bool) -> list[Segment]:
        """``segments`` with a finished merge swapped in (``wait``: for the running one to end)."""
        return self._adopt(list(segments), wait=wait)

    def abandon(self) -> None:
        """Stop a running merge and remove what it wrote (the next run merges again)."""
        running, self._running = self._running, None
        if running is not None:
            running.abandon()
            shutil.rmtree(running.out, ignore_errors=True)

    def start(self, writer: SegmentWriter, group: list[Segment], head: bool = False) -> None:
        """Merge ``group`` in a child process (none may be running)."""
        out = self.directory / MERGING_DIR
        shutil.rmtree(out, ignore_errors=True)  # a crashed run's output: no table of contents names it
        out.mkdir()
        job = MergeJob(str(self.directory), writer.indexname, str(out), writer.schema, group, self.limitmb)
        self._running = _Running(job, head)

    def _adopt(self, segments: list[Segment], wait: bool) -> list[Segment]:
        running = self._running
        if running is None or not (wait or running.done()):
            return segments
        self._running = None
        merged, cpu, error = running.result()
        self.merge_cpu += cpu
        if merged is None:
            self.last_error = error or f"merge process ended with status {running.child.returncode}"
        by_id = {s.segment_id(): s for s in segments}
        if merged is None or not running.ids() <= set(by_id):
            self.background = merged is not None  # a failed child: merge inline from now on
            shutil.rmtree(running.out, ignore_errors=True)
            return segments
        for source in running.sources:  # deletions made while the child worked
            for docnum in by_id[source.segment_id].deleted_docs():
                moved = source.new_number(docnum)
                if moved is not None:
                    merged.delete_document(moved)
        for path in running.out.iterdir():
            if path.name.startswith(merged.segment_id() + "."):
                os.replace(path, self.directory / path.name)
        shutil.rmtree(running.out, ignore_errors=True)
        if running.head:
            self.head = merged.segment_id()
        ids = running.ids()
        first = next(i for i, s in enumerate(segments) if s.segment_id() in ids)
        rest = [s for s in segments if s.segment_id() not in ids]
        return [*rest[:first], merged, *rest[first:]]


def merged_inline(writer: SegmentWriter, group: Sequence[Segment]) -> Segment:
    """``group`` written as ``writer``'s one new segment a block at a time, as the merge child writes
    (:func:`.streaming.write_streamed`), for a commit that adds no documents of its own.

    Whoosh's ``add_reader`` decodes every posting of every source and sorts them again in its pool:
    at the end of a 100-article run into a 100k archive, merging two segments of ~900 documents
    each that way cost ~1 s more of the writer's CPU than streaming them (9.4, 8.9 -> 8.2, 8.2 s a
    run). The commit then closes the writer without flushing again (its pool holds nothing) and keeps
    the segment returned.
    """
    from kutip.index.search.whoosh_engine.lengths import read_lengths_whole
    from kutip.index.search.whoosh_engine.streaming import write_streamed

    read_lengths_whole(writer)
    readers = [merge_reader(SegmentReader(writer.storage, writer.schema, segment)) for segment in group]
    try:
        segment = write_streamed(writer, readers)
    finally:
        for reader in readers:
            reader.close()
        # the two closures hold their writers: no cycle is left for a frozen heap to keep alive
        vars(writer).pop("per_document_reader", None)
        vars(writer.fieldwriter).pop("add_postings", None)
    writer._added = False  # flushed here: the commit only closes the writer and writes the table
    return segment
