"""Prefixes and wildcards whose terms are unioned in an array of scores.

A prefix or wildcard is an OR of every term it expands to. Above 5,000 documents Whoosh ORs
them as a binary tree of union matchers, so each posting climbs about log2(terms) levels of
Python calls: the two- and three-letter prefixes typed in the reader's search bar expand to
hundreds or thousands of terms and spent seconds of CPU at 10,000 articles. Whoosh's array
union reads each term's postings, 2,048 documents at a time, into one array of scores
instead; it finds the same documents with the same scores, but cannot say which term matched
(nothing asks: highlighting reads the query's terms, not the matcher's), so a query that needs
the current match (a phrase around it) keeps the tree.
"""

from __future__ import annotations

import heapq
import weakref
from typing import Any

from whoosh import matching
from whoosh import query as wq
from whoosh.searching import SearchContext

from kutip.index.search.whoosh_engine.stopping import EVERY, check_stop

ARRAY_FROM = 8
"""Terms from which an expansion is unioned in an array: below it the tree costs no more."""
TREE_ABOVE = 5_000
"""Whoosh's own threshold: in a segment of at most this many documents it already uses the array."""
DENSE = 8
"""The array pays a step per document of the segment, the tree a few calls per posting: the array
is taken when the postings are at least 1 / ``DENSE`` of the segment's documents (a sparse
prefix, a few hundred hits among 90,000 documents, stays a tree)."""


def _dense(postings: int, doccount: int) -> bool:
    return postings * DENSE >= doccount


class _ArrayUnion(matching.ArrayUnionMatcher):  # type: ignore[misc]
    """Whoosh's array union, with its bounds worked out once.

    A top-N search asks the matcher tree for its best possible score at every document; Whoosh's
    array union answered by asking each of its terms again (thousands of calls per document, most
    of a prefix search's time), and with the best of them where a document scores their sum (top
    hits were lost once this union was scored). The sum taken when it starts stays a bound:
    postings only move forward, so their best scores ahead can only fall.
    """

    def __init__(self, submatchers: list[Any], doccount: int, boost: float, scored: bool) -> None:
        super().__init__(submatchers, doccount, boost=boost, scored=scored)
        if scored:
            self._bound = boost * sum(m.max_quality() for m in submatchers)  # terms add up
        else:
            self._bound = 1.0  # each document scores 1, whatever its terms
        self._blocks = all(m.supports_block_quality() for m in submatchers)

    def max_quality(self) -> float:
        return float(self._bound)

    def supports_block_quality(self) -> bool:
        return bool(self._blocks)


def _array_matcher(query: wq.MultiTerm, searcher: Any, context: SearchContext | None) -> Any:
    """``MultiTerm.matcher``, with the array union for many terms, scored as Whoosh scores them.

    Whoosh ORs a few terms, or many in a segment of more than 5,000 documents, as a tree whose
    score is the sum of the terms' scores (its "constant score" only drops the weighting from the
    context, and the postings fall back to the searcher's); the array sums them the same way.
    Where Whoosh itself takes the array (small segments, 1,024 terms or more), its scoring is kept.
    """
    if context is not None and context.needs_current:
        return wq.MultiTerm.matcher(query, searcher, context)
    fieldname = query.field()
    terms = [wq.Term(fieldname, word) for word in query._btexts(searcher.reader()) if word]
    if len(terms) < ARRAY_FROM:
        return wq.MultiTerm.matcher(query, searcher, context)
    doccount = searcher.doc_count_all()
    tree = len(terms) < wq.Or.TOO_MANY_CLAUSES and doccount > TREE_ABOVE
    reader = searcher.reader()
    if tree and not _dense(sum(reader.doc_frequency(fieldname, t.text) for t in terms), doccount):
        return wq.MultiTerm.matcher(query, searcher, context)
    if query.constantscore:
        context = context.set(weighting=None) if context else SearchContext(weighting=None)
    scored = tree or (context is not None and context.weighting is not None)
    matchers = []
    for count, term in enumerate(terms):  # thousands for a short prefix: a stale search stops here too
        if not count % EVERY:
            check_stop()
        matchers.append(term.matcher(searcher, context))
    return _ArrayUnion(matchers, doccount, boost=query.boost, scored=scored)


class ArrayPrefix(wq.Prefix):  # type: ignore[misc]
    """A prefix whose terms are unioned in an array."""

    def matcher(self, searcher: Any, context: SearchContext | None = None) -> Any:
        return _array_matcher(self, searcher, context)


class FrequentPrefix(ArrayPrefix):
    """A prefix being typed: only its most frequent terms (by documents) are searched, at most
    ``most`` of them and, after the first, no more than ``POSTINGS`` postings in all.

    Three or four letters begin thousands of terms; reading and scoring all their postings cost
    the reader's search bar seconds of CPU per key at 10,000 articles. The words a reader is
    typing towards are mostly the common ones, and Enter searches the word exactly as typed.
    """

    POSTINGS = 8_000

    def __init__(self, fieldname: str, text: str, boost: float = 1.0, most: int = 0) -> None:
        super().__init__(fieldname, text, boost=boost)
        self.most = most

    def _btexts(self, ixreader: Any) -> Any:
        if not self.most:
            return super()._btexts(ixreader)
        kept = getattr(self, "_kept", None)  # asked for its size, then its matcher: choose once
        if kept is not None and kept[0] is ixreader:
            return kept[1]
        chosen = self._most_frequent(ixreader)
        self._kept = (ixreader, chosen)
        return chosen

    def _most_frequent(self, ixreader: Any) -> list[bytes]:
        found = _completions(ixreader, self.fieldname, self.text)
        kept: list[bytes] = []
        postings = 0
        for frequency, text in heapq.nlargest(self.most, found):
            if kept and postings + frequency > self.POSTINGS:
                break
            kept.append(text)
            postings += frequency
        return sorted(kept)

    def __eq__(self, other: object) -> bool:
        return bool(super().__eq__(other)) and self.most == getattr(other, "most", None)

    def __hash__(self) -> int:
        return hash((super().__hash__(), self.most))


_COMPLETIONS: weakref.WeakKeyDictionary[Any, dict[tuple[str, str], list[tuple[int, bytes]]]]
_COMPLETIONS = weakref.WeakKeyDictionary()
COMPLETIONS_KEPT = 64
"""Prefixes whose terms are kept per segment reader: each key typed reads the terms its prefix
begins again, and the terms of ``kat`` are those of ``kata`` read with their frequencies."""


def _completions(ixreader: Any, fieldname: str, prefix: str) -> list[tuple[int, bytes]]:
    """(document frequency, term) of every term of the field that begins with ``prefix``; the
    list of a shorter prefix read before, filtered, when there is one (a key typed after another)."""
    try:
        kept = _COMPLETIONS.setdefault(ixreader, {})
    except TypeError:  # a reader that cannot be weakly referenced: nothing kept
        kept = {}
    found = kept.get((fieldname, prefix))
    if found is not None:
        return found
    for shorter in range(len(prefix) - 1, 0, -1):
        earlier = kept.get((fieldname, prefix[:shorter]))
        if earlier is not None:
            start = prefix.encode("utf-8")
            found = [(frequency, text) for frequency, text in earlier if text.startswith(start)]
            break
    else:
        found = [(info.doc_frequency(), text) for text, info in ixreader.iter_prefix(fieldname, prefix)]
    if len(kept) >= COMPLETIONS_KEPT:
        kept.clear()
    kept[(fieldname, prefix)] = found
    return found


class ArrayWildcard(wq.Wildcard):  # type: ignore[misc]
    """A wildcard whose terms are unioned in an array."""

    def matcher(self, searcher: Any, context: SearchContext | None = None) -> Any:
        if self.text == "*":
            return super().matcher(searcher, context)
        return _array_matcher(self, searcher, context)


class ArrayOr(wq.Or):  # type: ignore[misc]
    """An OR of many queries (a typed word widened by the stems of the recorded words it begins,
    in every text field: hundreds of terms) unioned in an array where Whoosh would build the
    tree; scored as the tree scores, the sum of the scores of the queries a document matches."""

    def _matcher(self, subs: list[wq.Query], searcher: Any, context: SearchContext | None) -> Any:
        needs_current = context.needs_current if context else True
        doccount = searcher.doc_count_all()
        if (
            needs_current
            or self.scale
            or not ARRAY_FROM <= len(subs) < self.TOO_MANY_CLAUSES
            or doccount <= TREE_ABOVE
            or not _dense(sum(sub.estimate_size(searcher.reader()) for sub in subs), doccount)
        ):
            return super()._matcher(subs, searcher, context)  # Whoosh's own choice
        matchers = []
        for count, sub in enumerate(subs):
            if not count % EVERY:
                check_stop()
            matchers.append(sub.matcher(searcher, context))
        return _ArrayUnion(matchers, doccount, boost=self.boost, scored=True)


def _swapped(query: wq.Query) -> wq.Query:
    if type(query) is wq.Or and len(query.subqueries) >= ARRAY_FROM:
        return ArrayOr(query.subqueries, boost=query.boost, minmatch=query.minmatch, scale=query.scale)
    kind = {wq.Prefix: ArrayPrefix, wq.Wildcard: ArrayWildcard}.get(type(query))
    if kind is None:
        return query
    return kind(query.fieldname, query.text, boost=query.boost, constantscore=query.constantscore)


def array_unions(query: wq.Query) -> wq.Query:
    """``query`` with every prefix, wildcard and OR of many queries in it unioned in an array (a copy)."""
    return query.accept(_swapped)
