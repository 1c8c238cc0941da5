"""Ranking a query of terms and prefixes by adding up their postings' scores, per document.

A word typed in the reader's search bar becomes an OR over the four title and body fields of
its most frequent completions and of the stems of the recorded words it begins: 12 to 160
terms. Whoosh ranks that through a tree of union matchers, asking every node of the tree at
every matching document which document it is on and what it scores (5 million calls for four
three-letter prefixes at 10,000 articles): ~100 ms per key. Here each term's postings are read
a block at a time and its BM25F score is added into a dictionary by document, with field
lengths read from each segment's length column once: the same documents and the same scores
(the same arithmetic per posting), without the tree.

Only ORs and ANDs of terms and prefixes (boost 1) are taken, as Whoosh would score them: the sum
of the scores of the terms a document matches (an AND keeps the documents every part matches).
A prefix in a segment where Whoosh scores it as a constant (a small segment, see
:func:`_constant`) scores 1 there, as in Whoosh. Anything else (phrases, NOT, ranges, boosts,
another weighting) returns None and is ranked by Whoosh.
"""

from __future__ import annotations

import heapq
import weakref
from collections.abc import Callable
from typing import Any

from whoosh import query as wq
from whoosh.codec.whoosh3 import W3LeafMatcher
from whoosh.scoring import BM25FScorer

from kutip.index.search.whoosh_engine.lengths import DECODED_LENGTHS, WholeColumnLengths
from kutip.index.search.whoosh_engine.stopping import EVERY, check_stop
from kutip.index.search.whoosh_engine.unions import ARRAY_FROM, TREE_ABOVE

Scores = dict[int, float]
_TOO_MANY = wq.Or.TOO_MANY_CLAUSES


def is_flat(query: wq.Query) -> bool:
    """Whether ``query`` is only ORs and ANDs of terms and prefixes (or wildcards), all of boost 1."""
    if getattr(query, "boost", 1.0) != 1.0:
        return False
    kind = type(query)
    if kind is wq.Term:
        return True
    if isinstance(query, (wq.Prefix, wq.Wildcard)):
        return query.text != "*" and not getattr(query, "minquality", None)
    if isinstance(query, wq.Or) and not isinstance(query, wq.DisjunctionMax):
        return not query.minmatch and not query.scale and all(is_flat(sub) for sub in query.subqueries)
    if kind is wq.And:
        return all(is_flat(sub) for sub in query.subqueries)
    return False


class _Kept:
    """What the ranking of one searcher (one generation) keeps for the next key: each term's
    scores by document, per segment, up to ``KEPT_POSTINGS`` of them in all."""

    def __init__(self) -> None:
        self.scores: dict[tuple[int, str, bytes], Scores] = {}
        self.postings = 0
        self.lengths: dict[tuple[int, str], Callable[[int], int | None]] = {}

    def keep(self, key: tuple[int, str, bytes], scores: Scores) -> None:
        if self.postings + len(scores) > KEPT_POSTINGS:
            self.scores.clear()
            self.postings = 0
        self.scores[key] = scores
        self.postings += len(scores)


KEPT_POSTINGS = 400_000
"""Postings whose scores are kept per generation (~40 MB): a key typed after another asks for
mostly the same terms (the stems of the words ``kata`` begins are among those of ``kat``)."""
_KEPT: weakref.WeakKeyDictionary[Any, _Kept] = weakref.WeakKeyDictionary()


class _Segment:
    """One segment's searcher, with its field lengths read once per field and its terms' scores
    kept for the next search of the same generation."""

    def __init__(self, searcher: Any, number: int, kept: _Kept) -> None:
        self.searcher = searcher
        self.reader = searcher.reader()
        self.doccount = searcher.doc_count_all()
        self.number = number
        self.kept = kept

    def lengths(self, fieldname: str) -> Callable[[int], int | None]:
        """Document number -> field length, as ``searcher.doc_field_length(doc, field, 1)``."""
        key = (self.number, fieldname)
        found = self.kept.lengths.get(key)
        if found is None:
            found = self.kept.lengths[key] = self._read_lengths(fieldname)
        return found

    def _read_lengths(self, fieldname: str) -> Callable[[int], int | None]:
        searcher = self.searcher

        def asked(docnum: int) -> int | None:
            return searcher.doc_field_length(docnum, fieldname, 1)  # type: ignore[no-any-return]

        perdoc = getattr(self.reader, "_perdoc", None)
        whole = None if perdoc is None else WholeColumnLengths(perdoc)
        raw = None if whole is None else whole.column(fieldname)
        if whole is None or raw is None:  # another Whoosh: its own lookup
            return asked
        decoded = DECODED_LENGTHS
        count = len(raw)
        past = whole.doc_field_length  # past the column's last value: no length, or no column at all
        return lambda docnum: decoded[raw[docnum]] if docnum < count else past(docnum, fieldname, 1)


def _docs_into(segment: _Segment, fieldname: str, text: bytes, into: set[int]) -> None:
    """Add the segment's documents that hold one term."""
    reader = segment.reader
    if (fieldname, text) in reader:
        matcher = reader._terms.matcher(fieldname, text, segment.searcher.schema[fieldname].format)
        into.update(matcher.all_ids())


def _term_into(segment: _Segment, fieldname: str, text: bytes, into: Scores) -> None:
    """Add one term's score in each document of the segment that holds it."""
    key = (segment.number, fieldname, text)
    scores = segment.kept.scores.get(key)
    if scores is None:
        scores = _term_scores(segment, fieldname, text)
        segment.kept.keep(key, scores)
    if not into:
        into.update(scores)
        return
    get = into.get
    for docnum, score in scores.items():
        into[docnum] = get(docnum, 0.0) + score


def _term_scores(segment: _Segment, fieldname: str, text: bytes) -> Scores:
    """One term's score in each document of the segment that holds it."""
    into: Scores = {}
    reader = segment.reader
    if (fieldname, text) not in reader:
        return into
    searcher = segment.searcher
    scorer = searcher.weighting.scorer(searcher, fieldname, text)
    matcher = reader._terms.matcher(fieldname, text, searcher.schema[fieldname].format, scorer=scorer)
    get = into.get
    if type(scorer) is not BM25FScorer or type(matcher) is not W3LeafMatcher:
        while matcher.is_active():  # Whoosh's own scoring, a posting at a time
            docnum = matcher.id()
            into[docnum] = get(docnum, 0.0) + matcher.score()
            matcher.next()
        return into
    idf, avgfl, b, k1 = scorer.idf, scorer.avgfl, scorer.B, scorer.K1
    k1_plus, one_minus_b = k1 + 1, 1 - b
    length = segment.lengths(fieldname)
    while matcher.is_active():  # a block at a time: its ids and weights at once
        matcher._read_ids()
        matcher._read_weights()
        for docnum, tf in zip(matcher._ids, matcher._weights, strict=True):
            # whoosh.scoring.bm25, the same operations in the same order
            fl = length(docnum)
            score = idf * ((tf * k1_plus) / (tf + k1 * (one_minus_b + b * fl / avgfl)))
            into[docnum] = get(docnum, 0.0) + score
        matcher._next_block()
    return into


def _constant(query: wq.Query, terms: int, segment: _Segment) -> bool:
    """Whether Whoosh scores this expansion of a prefix as a constant (1 a document) in this
    segment (``unions._array_matcher`` and Whoosh's ``MultiTerm`` and ``Or`` matchers)."""
    if terms == 1 or not query.constantscore:
        return False
    doccount = segment.doccount
    if terms < ARRAY_FROM:
        return not (terms < _TOO_MANY and (terms == 2 or doccount > TREE_ABOVE))
    return not (terms < _TOO_MANY and doccount > TREE_ABOVE)


def _into(query: wq.Query, segment: _Segment, into: Scores) -> None:
    """Add the query's scores in this segment into ``into`` (an OR adds, an AND keeps the common)."""
    check_stop()
    if type(query) is wq.Term:
        fieldname = query.fieldname
        schema = segment.searcher.schema
        if fieldname not in schema:  # a Whoosh schema has no get()
            return
        field = schema[fieldname]
        try:
            text = field.to_bytes(query.text)
        except ValueError:
            return
        _term_into(segment, fieldname, text, into)
    elif isinstance(query, wq.MultiTerm):
        fieldname = query.field()
        texts = [text for text in query._btexts(segment.reader) if text]
        constant = _constant(query, len(texts), segment)
        matched: set[int] = set()  # scored as a constant: 1 a document, however many terms it holds
        for count, text in enumerate(texts):
            if not count % EVERY:
                check_stop()
            if constant:
                _docs_into(segment, fieldname, text, matched)
            else:
                _term_into(segment, fieldname, text, into)
        for docnum in matched:
            into[docnum] = into.get(docnum, 0.0) + 1.0
    elif isinstance(query, wq.Or):
        for sub in query.subqueries:
            _into(sub, segment, into)
    else:  # And: the documents every part matches, scored by the sum
        common: Scores | None = None
        for sub in query.subqueries:
            part: Scores = {}
            _into(sub, segment, part)
            if common is None:
                common = part
            else:
                common = {doc: score + part[doc] for doc, score in common.items() if doc in part}
            if not common:
                return
        for doc, score in (common or {}).items():
            into[doc] = into.get(doc, 0.0) + score


def flat_ranked(searcher: Any, query: wq.Query, limit: int, allowed: set[int]) -> list[tuple[float, int]]:
    """The ``limit`` best (score, document number) of ``query`` among ``allowed``, best first and
    documents of equal score in index order (as Whoosh's top collector keeps them)."""
    parts = [(searcher, 0)] if searcher.is_atomic() else list(searcher.subsearchers)
    kept = _KEPT.get(searcher)
    if kept is None:
        kept = _KEPT[searcher] = _Kept()
    found: list[tuple[float, int]] = []
    for number, (subsearcher, offset) in enumerate(parts):
        scores: Scores = {}
        _into(query, _Segment(subsearcher, number, kept), scores)
        found.extend(
            (score, -(docnum + offset)) for docnum, score in scores.items() if docnum + offset in allowed
        )
    return [(score, -negated) for score, negated in heapq.nlargest(limit, found)]
