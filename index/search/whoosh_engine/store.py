"""The Whoosh index on disk: documents, write batches, merges and the shared searcher.

Whoosh commits are atomic (new segments, then a new table of contents), so an
interrupted batch leaves the previous generation searchable. One searcher is
kept open and reused until another generation is committed: opening one per
query cost more than the ranking itself.
"""

from __future__ import annotations

import contextlib
import mmap
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from whoosh.collectors import FilterCollector
from whoosh.filedb.filestore import FileStorage
from whoosh.index import FileIndex
from whoosh.query import Query, Term
from whoosh.reading import IndexReader
from whoosh.searching import Searcher

from kutip.index.integrity import one_line
from kutip.index.models import Article, EntityType
from kutip.index.search.engine import SearchDamaged, SearchStopped, StopCheck, stop_if
from kutip.index.search.stemming import LANGUAGES
from kutip.index.search.whoosh_engine.inplace import install as read_segments_in_place
from kutip.index.search.whoosh_engine.schema import (
    body_field,
    build_schema,
    id_reader,
    said_field,
    title_field,
)
from kutip.index.search.whoosh_engine.stopping import EVERY, StopCollector, stoppable
from kutip.index.search.whoosh_engine.unions import array_unions

if TYPE_CHECKING:
    from whoosh.codec.base import Segment
    from whoosh.writing import SegmentWriter

    from kutip.index.search.whoosh_engine.merges import MergePolicy

# The writing side (documents, postings, merges in child processes) is imported by the first
# write batch: a one-shot search never writes, and those modules were a tenth of its imports.

__all__ = ["Batch", "WhooshStore", "article_document", "exists", "statement_documents"]


def __getattr__(name: str) -> Any:  # ``MERGE_TIER``, as this module gave it before
    if name == "MERGE_TIER":
        from kutip.index.search.whoosh_engine.merges import MERGE_TIER

        return MERGE_TIER
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


INDEX_NAME = "kutip"
ENTITY_FIELDS = {EntityType.PERSON: "person", EntityType.ORGANIZATION: "org", EntityType.PLACE: "place"}


def article_document(article: Article) -> dict[str, Any]:
    """The Whoosh document of one article."""
    doc: dict[str, Any] = {
        "doctype": "article",
        "id": article.id,
        "source": article.source,
        "outlet": article.outlet,
        "author": article.author,
        "lang": article.lang,
        "date": article.date,
    }
    languages = [article.lang] if article.lang in LANGUAGES else list(LANGUAGES)
    for lang in languages:
        doc[title_field(lang)] = article.title
        doc[body_field(lang)] = article.body
    names: dict[str, list[str]] = {}
    for entity in article.entities:
        names.setdefault(ENTITY_FIELDS[entity.type], []).append(entity.name.replace(",", " "))
    for credit in article.credits:
        if credit.role != "linked":  # a related story's headline is not this article's subject
            names.setdefault("person", []).append(credit.name.replace(",", " "))
    for field, values in names.items():
        doc[field] = ",".join(dict.fromkeys(values))
    return doc


def statement_documents(article: Article) -> list[dict[str, Any]]:
    """One Whoosh document per statement, searchable by words, speaker, kind and via."""
    languages = [article.lang] if article.lang in LANGUAGES else list(LANGUAGES)
    docs = []
    for statement in article.statements:
        doc: dict[str, Any] = {
            "doctype": "statement",
            "id": statement.id,
            "article": article.id,
            "source": article.source,
            "outlet": article.outlet,
            "lang": article.lang,
            "date": article.date,
            "kind": statement.kind,
            "speaker": " ".join(x for x in (statement.speaker, statement.speaker_as_written) if x),
            "via": statement.via or "",
        }
        for lang in languages:
            doc[said_field(lang)] = statement.text  # own fields: article searches never read these
        docs.append(doc)
    return docs


MAPPED = True  # segments memory-mapped (reads are slices); False: plain reads, a syscall each
read_segments_in_place()  # mapped segment files are not copied whole when a reader opens
RELEASE_SECONDS = 10.0  # mapped pages are dropped after a search at most this often


def release_pages(reader: IndexReader) -> None:
    """Drop the pages of mapped segments from this process's resident memory (the kernel keeps
    them in its page cache, so the next touch is a cheap fault, not a read from disk).

    Pages a search touched stayed resident; plain reads instead of a map cost searches 5-15 %
    more CPU (a seek and a read per access). Dropped after every search, the faults back cost
    small searches half their time again, so pages are dropped at most every ``RELEASE_SECONDS``.
    """
    advice = getattr(mmap, "MADV_DONTNEED", None)  # absent where the platform has no madvise
    if advice is None:
        return
    for leaf, _ in reader.leaf_readers():
        files = getattr(leaf, "_storage", None)
        source = getattr(getattr(files, "a", files), "_source", None)  # a compound segment's map
        if isinstance(source, mmap.mmap):
            with contextlib.suppress(OSError, ValueError):
                source.madvise(advice)


QUALITY_UP_TO = 100
"""Longest top list for which Whoosh's block-quality shortcuts are used. They pay off for a short
list; for a long one (the reader ranks 1,000) the minimum score changes at almost every hit, and
at each change Whoosh rebuilds its matcher tree, asking every node of an OR of many terms for its
best score: seconds of CPU for a typed prefix widened by stems, for nothing skipped."""
WRITER_MB = 128  # postings a merge's writer sorts in memory before Whoosh spills sorted runs to disk
# ... and a write batch: Whoosh counts ~180 bytes a posting, ~82 MB for 1,000 articles, so a batch
# over ~1,550 files spilled, pickling every posting to a run file and merging the runs back. The
# indexer cuts batches of up to 2,000 files while a slow commit runs (``indexer._Pending.overdue``),
# and at 45-51k articles of a 100k import the spill was 18 % of the commit thread's samples.
BATCH_WRITER_MB = 200  # ~2,400 articles of 3 KB in memory (the process grows ~1.25 MB per MB counted)
FILTERS_KEPT = 64  # filter combinations whose documents are kept per generation


def exists(directory: Path) -> bool:
    """Whether ``directory`` holds a table of contents of kutip's index (readable or not)."""
    return any(directory.glob(f"_{INDEX_NAME}_*.toc"))


class SegmentSources:
    """Which committed segments hold each file, kept across batches and updated by segment.

    A batch asks, for every file it writes, which segments hold the file's documents. One term
    lookup per segment in Whoosh's on-disk term index cost ~3 µs, and a first import holds up to
    ``merges.DEFERRED_SEGMENTS`` segments: at 64, 0.2 ms for every file, new or not, a cost that
    grew with the run. Segments never change once committed (deletions are kept apart), so a
    segment's files are read from its term index once and filed here by file; a segment merged
    away is taken out again, and a merged segment is a new one. Reading a segment's files costs
    about half a lookup per file it holds, so a segment is read only once the lookups made in it
    reach that (``READ_AFTER``): a first import reads each of its segments during the next batch,
    while adding a few files to a large archive keeps to a few lookups (reading 100k files would
    cost it ~0.3 s).
    """

    READ_AFTER = 16
    """A segment's files are read once the lookups made in it reach its documents / this (about half
    its files: an article is one document and its statements, ~8 on average)."""

    def __init__(self) -> None:
        self._files: dict[str, frozenset[bytes]] = {}  # segment id -> its source terms
        self._holders: dict[bytes, tuple[str, ...]] = {}  # source term -> the segments holding it
        self._asked: dict[str, int] = {}  # segment id -> lookups made in it while not read
        self._unread: dict[str, Any] = {}  # this batch's segments not read yet: id -> reader

    def sync(self, leaves: dict[str, Any]) -> None:
        """Match the committed segments (id -> reader): merged-away ones forgotten, the others read
        as their lookups come (:meth:`holders`). A term of deleted documents may remain: their
        postings then say which are live, as before."""
        for gone in self._files.keys() - leaves.keys():
            for term in self._files.pop(gone):
                holders = tuple(held for held in self._holders[term] if held != gone)
                if holders:
                    self._holders[term] = holders
                else:
                    del self._holders[term]
        self._asked = {segment_id: n for segment_id, n in self._asked.items() if segment_id in leaves}
        self._unread = {
            segment_id: leaf for segment_id, leaf in leaves.items() if segment_id not in self._files
        }

    def holders(self, source: str) -> list[str]:
        """The segments holding ``source``: filed ones by one lookup here, the others each asked."""
        term = source.encode("utf-8")  # an ID field's bytes
        found = list(self._holders.get(term, ()))
        for segment_id, leaf in list(self._unread.items()):
            asked = self._asked.get(segment_id, 0) + 1
            if asked * self.READ_AFTER >= leaf.doc_count_all():
                self._read(segment_id, leaf)
                if term in self._files[segment_id]:
                    found.append(segment_id)
            else:
                self._asked[segment_id] = asked
                if ("source", source) in leaf:
                    found.append(segment_id)
        return found

    def _read(self, segment_id: str, leaf: Any) -> None:
        terms = frozenset(leaf.lexicon("source")) if "source" in leaf.schema else frozenset()
        self._files[segment_id] = terms
        for term in terms:  # a tuple: nearly every file is in one segment (a set is 4x larger)
            self._holders[term] = (*self._holders.get(term, ()), segment_id)
        del self._unread[segment_id]
        self._asked.pop(segment_id, None)


class Batch:
    """Changes to apply in one commit."""

    def __init__(self, writer: SegmentWriter, sources: SegmentSources | None = None) -> None:
        from kutip.index.search.whoosh_engine.documents import add_document

        self._add_document = add_document
        self._writer = writer
        self._plans: dict[str, Any] = {}  # each field's analysis, read from this writer's schema
        self._sources = sources if sources is not None else SegmentSources()
        self._leaves: dict[str, tuple[Any, int]] | None = None  # segment id -> (reader, first docnum)
        self.added = 0  # documents (articles and statements)

    def delete_source(self, source: str) -> None:
        """Delete ``source``'s documents: postings read only in the segments that hold the file
        (:class:`SegmentSources`). Whoosh's ``delete_by_term`` built a query matcher in every
        segment for every file, new or not, a cost that grew with the segments a long first import
        holds (up to 64)."""
        if self._leaves is None:
            reader = self._writer.searcher().reader()
            self._leaves = {
                leaf.segment().segment_id(): (leaf, base)
                for leaf, base in reader.leaf_readers()
                if leaf.segment() is not None  # an index with no segment yet: Whoosh's empty reader
            }
            self._sources.sync({segment_id: leaf for segment_id, (leaf, _) in self._leaves.items()})
        for segment_id in self._sources.holders(source):
            leaf, base = self._leaves[segment_id]
            for docnum in leaf.postings("source", source).all_ids():
                self._writer.delete_document(base + docnum)

    def add_article(self, article: Article) -> None:
        """Add without a per-document delete: callers delete the article's source first. Whoosh's
        postings, without its per-token chain (:mod:`.documents`)."""
        self._add_document(self._writer, article_document(article), self._plans)
        for doc in statement_documents(article):
            self._add_document(self._writer, doc, self._plans)
        self.added += 1 + len(article.statements)


class WhooshStore:
    """The Whoosh index of one archive, with one searcher shared by every thread."""

    def __init__(self, directory: Path) -> None:
        """Open the index in ``directory``, creating it when there is none (callers hold a lock).

        Raises :class:`SearchDamaged` when the index exists but cannot be read.
        """
        directory.mkdir(parents=True, exist_ok=True)
        self.directory = directory
        storage = FileStorage(str(directory), supports_mmap=MAPPED)
        try:
            if exists(directory):
                self._ix = FileIndex(storage, indexname=INDEX_NAME)
            else:
                self._ix = FileIndex.create(storage, build_schema(), INDEX_NAME)
        except OSError:
            raise
        except Exception as error:  # a garbled table of contents: pickle, struct, EOF errors...
            raise SearchDamaged(f"damaged ({one_line(error)})") from None
        self._lock = threading.Lock()  # Whoosh readers share file positions: one query at a time
        self._searcher: Searcher | None = None
        self._doctypes: dict[str, set[int]] = {}
        self._allowed: dict[tuple[object, ...], set[int]] = {}
        self._merge_policy: MergePolicy | None = None  # made by the first write (:attr:`_merges`)
        self._written = 0  # documents committed since the last settle_merges
        self._ids_of: tuple[object, dict[int, str], Callable[[int], str]] = (None, {}, str)
        self._segment_sources = SegmentSources()  # kept across batches: segments never change
        self._released = time.monotonic()  # when mapped pages were last dropped

    @property
    def _merges(self) -> MergePolicy:
        if self._merge_policy is None:
            from kutip.index.search.whoosh_engine.merges import MergePolicy

            self._merge_policy = MergePolicy(self.directory, WRITER_MB)
        return self._merge_policy

    @contextmanager
    def batch(self) -> Iterator[Batch]:
        """A write batch: committed on success, discarded on any error or Ctrl-C."""
        from kutip.index.search.whoosh_engine.flush import inline_postings
        from kutip.index.search.whoosh_engine.lengths import read_lengths_whole
        from kutip.index.search.whoosh_engine.stemcache import cache_stems

        writer = self._ix.writer(timeout=30.0, limitmb=BATCH_WRITER_MB)
        read_lengths_whole(writer)
        inline_postings(writer)
        cache_stems(writer.schema)
        try:
            batch = Batch(writer, self._segment_sources)
            yield batch
            total = sum(s.doc_count() for s in writer.segments) + batch.added
            self._merges.plan(written=self._written + batch.added, total=total)
            writer.commit(mergetype=self._merges)
            self._written += max(batch.added, 1)  # a batch of deletions only wrote too
        except BaseException:
            with contextlib.suppress(Exception):  # the real cause (disk full, Ctrl-C) is what matters
                writer.cancel()
            raise

    def run_progress(self, share: float) -> None:
        """The share of the run's files read when the next batch was cut (``merges.HEAD_SHARE``)."""
        self._merges.share = share

    @property
    def merge_cpu(self) -> float:
        """CPU seconds spent by merge processes so far (not counted in this process's time)."""
        return 0.0 if self._merge_policy is None else self._merge_policy.merge_cpu

    def settle_merges(self, wait: bool = True) -> None:
        """End a run: wait for a merge in a child process and commit it, then, if this run wrote
        anything, merge segments into one (``merges.MergePolicy.compaction``: all of them when the
        run wrote at least half the index's documents, else the smallest; a head merged while the run
        went on stays as it is). With ``wait`` false, or
        on Ctrl-C while waiting, a running merge is given up (the next run redoes it)."""
        written, self._written = self._written, 0
        try:
            if not wait:
                self._merges.abandon()
                return
            if self._merges.running:
                self._commit_merges(lambda _, segments: self._merges.adopt_finished(segments, wait=True))
            segments = self._ix._segments()
            whole = 2 * written >= sum(s.doc_count() for s in segments)
            if written and self._merges.compaction(segments, whole, written):
                self._commit_merges(lambda writer, parts: self._merges.compact(writer, parts, whole, written))
        finally:
            self._merges.end_run()

    def _commit_merges(self, policy: Callable[[SegmentWriter, Sequence[Segment]], list[Segment]]) -> None:
        """A commit that adds no documents, only what ``policy`` does to the segments."""
        writer = self._ix.writer(timeout=30.0, limitmb=WRITER_MB)
        try:
            writer.commit(mergetype=policy)
        except BaseException:
            with contextlib.suppress(Exception):
                writer.cancel()
            self._merges.abandon()
            raise

    def generation(self) -> int:
        return int(self._ix.latest_generation())

    def _current(self) -> Searcher:
        """The shared searcher, reopened only when another generation was committed (lock held).

        (Whoosh's own ``refresh`` fails when the previous generation had no segments.)
        """
        searcher = self._searcher
        if searcher is not None and searcher.reader().generation() == self._ix.latest_generation():
            return searcher
        if searcher is not None:
            searcher.close()
        self._searcher, self._doctypes, self._allowed = None, {}, {}
        self._ix = self._ix.refresh()
        self._searcher = self._ix.searcher()
        return self._searcher

    def _doctype(self, searcher: Searcher, doctype: str) -> set[int]:
        """Document numbers of one doctype, computed once per generation (lock held)."""
        docs = self._doctypes.get(doctype)
        if docs is None:
            docs = self._doctypes[doctype] = self._docs_for(searcher, Term("doctype", doctype))
        return docs

    def _docs_for(self, searcher: Searcher, query: Query) -> set[int]:
        """Numbers of the live documents matching a doctype or filter query (the engine reads
        them faster, :mod:`.docsets`)."""
        return set(searcher.docs_for_query(array_unions(query)))

    def _allowed_docs(self, searcher: Searcher, doctype: str, filters: Sequence[Query]) -> set[int]:
        """Document numbers of one doctype that every filter admits, kept for this generation:
        while the user types more words, ``lang:en`` or a date range stays the same (lock held)."""
        if not filters:
            return self._doctype(searcher, doctype)
        key = (doctype, *filters)
        docs = self._allowed.get(key)
        if docs is None:
            docs = set(self._doctype(searcher, doctype))
            for narrowing in filters:
                docs.intersection_update(self._docs_for(searcher, narrowing))
            if len(self._allowed) >= FILTERS_KEPT:
                self._allowed.clear()
            self._allowed[key] = docs
        return docs

    def ranked(
        self,
        query: Query,
        limit: int | None,
        doctype: str = "article",
        filters: Sequence[Query] = (),
        stop: StopCheck | None = None,
    ) -> list[tuple[str, float]]:
        """(document id, score) pairs, best first, as of the latest committed generation; only
        documents every one of ``filters`` matches are ranked (filters add nothing to scores).
        Raises :class:`SearchStopped` soon after ``stop()`` turns true."""
        with self._searching(doctype, filters, stop) as (searcher, allowed):
            if not allowed:
                return []  # Whoosh reads an empty filter as no filter at all
            with stoppable(stop):
                results = self._collected(searcher, array_unions(query), limit, allowed, stop)
            ids, read_id = self._ids(searcher)
            ranked = []
            for count, hit in enumerate(results):
                if not count % EVERY:
                    stop_if(stop)
                doc_id = ids.get(hit.docnum)
                if doc_id is None:
                    doc_id = ids[hit.docnum] = read_id(hit.docnum)
                ranked.append((doc_id, float(hit.score or 0.0)))
            return ranked

    def _ids(self, searcher: Searcher) -> tuple[dict[int, str], Callable[[int], str]]:
        """The ids of ``searcher``'s documents read so far, and how to read another (its column
        reader is built once per searcher: building one reads the column's length table)."""
        known, ids, read_id = self._ids_of
        if known is not searcher:
            ids, read_id = {}, id_reader(searcher)
            self._ids_of = (searcher, ids, read_id)
        return ids, read_id

    @contextmanager
    def _searching(
        self, doctype: str, filters: Sequence[Query], stop: StopCheck | None
    ) -> Iterator[tuple[Searcher, set[int]]]:
        """The latest searcher and the documents a search may rank, held under the lock.

        Every ranking path shares what surrounds it: a stop while it waited for the lock, postings
        that cannot be read reported in one line (not a traceback), and mapped pages dropped now
        and then after a search.
        """
        with self._lock:
            try:
                stop_if(stop)  # stopped while it waited for the lock
                searcher = self._current()
                yield searcher, self._allowed_docs(searcher, doctype, filters)
            except SearchStopped:
                raise
            except Exception as error:  # postings that cannot be read: say so, not a traceback
                raise SearchDamaged(f"damaged ({one_line(error)})") from None
            finally:
                if self._searcher is not None and time.monotonic() - self._released > RELEASE_SECONDS:
                    release_pages(self._searcher.reader())
                    self._released = time.monotonic()

    @staticmethod
    def _collected(
        searcher: Searcher, query: Query, limit: int | None, allowed: set[int], stop: StopCheck | None
    ) -> Any:
        """Whoosh's results of ``query`` among ``allowed`` (its own collectors, as its ``search``
        builds them), checking ``stop`` between matches when one is given."""
        shortcuts = limit is not None and limit <= QUALITY_UP_TO
        top = searcher.collector(limit=limit, optimize=shortcuts)
        if not shortcuts:
            top.replace = 0  # no matcher rebuilds either
        collector = FilterCollector(StopCollector(top, stop) if stop else top, allow=allowed)
        searcher.search_with_collector(query, collector)
        return collector.results()

    def doc_count(self) -> int:
        with self._lock:
            return int(self._current().doc_count())

    def check(self) -> None:
        """Open every segment (a cheap read of each one's directory); :class:`SearchDamaged` if one fails."""
        try:
            with self._lock:
                searcher = self._current()
                searcher.doc_count_all()
                searcher.reader().doc_frequency("doctype", "article")
        except Exception as error:
            raise SearchDamaged(f"damaged ({one_line(error)})") from None

    def close(self) -> None:
        if self._merge_policy is not None:
            self._merge_policy.abandon()
        with self._lock:
            if self._searcher is not None:
                self._searcher.close()
                self._searcher = None
        self._ix.close()
