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

from typing import Any

from whoosh import matching
from whoosh import query as wq
from whoosh.searching import SearchContext

ARRAY_FROM = 8
"""Terms from which an expansion is unioned in an array: below it the tree costs no more."""
TREE_ABOVE = 5_000
"""Whoosh's own threshold: in a segment of at most this many documents it already uses the array."""


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
    if query.constantscore:
        context = context.set(weighting=None) if context else SearchContext(weighting=None)
    doccount = searcher.doc_count_all()
    tree = len(terms) < wq.Or.TOO_MANY_CLAUSES and doccount > TREE_ABOVE
    scored = tree or (context is not None and context.weighting is not None)
    matchers = [term.matcher(searcher, context) for term in terms]
    return _ArrayUnion(matchers, doccount, boost=query.boost, scored=scored)


class ArrayPrefix(wq.Prefix):  # type: ignore[misc]
    """A prefix whose terms are unioned in an array."""

    def matcher(self, searcher: Any, context: SearchContext | None = None) -> Any:
        return _array_matcher(self, searcher, context)


class ArrayWildcard(wq.Wildcard):  # type: ignore[misc]
    """A wildcard whose terms are unioned in an array."""

    def matcher(self, searcher: Any, context: SearchContext | None = None) -> Any:
        if self.text == "*":
            return super().matcher(searcher, context)
        return _array_matcher(self, searcher, context)


def _swapped(query: wq.Query) -> wq.Query:
    kind = {wq.Prefix: ArrayPrefix, wq.Wildcard: ArrayWildcard}.get(type(query))
    if kind is None:
        return query
    return kind(query.fieldname, query.text, boost=query.boost, constantscore=query.constantscore)


def array_unions(query: wq.Query) -> wq.Query:
    """``query`` with every prefix and wildcard in it unioned in an array (a copy)."""
    return query.accept(_swapped)
