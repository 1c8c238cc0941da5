"""Phrases in one segment without Whoosh's span matchers: the documents holding every word, their
scores, and a check of the words' positions made only when a document is asked about.

Whoosh matches a phrase by intersecting its words' postings and, at every document holding them
all, decoding each word's positions into span objects and comparing them (``SpanNear2``): at 100k
articles two common words in ~20,000 documents cost a quarter of a second of CPU, however few
hits were asked for. Here the rarest word's postings are read first and each other word's only in
the blocks that hold a candidate; a candidate's score is Whoosh's (the sum of its words' BM25F
scores, added as Whoosh's binary tree of intersections adds them), and its positions are checked
(as ``SpanNear2`` checks them: in order, at most ``slop`` apart) only when the ranking reaches it.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable
from itertools import accumulate
from operator import itemgetter
from pickle import loads
from typing import Any

from whoosh import query as wq
from whoosh.codec.whoosh3 import W3LeafMatcher
from whoosh.formats import Positions
from whoosh.scoring import BM25FScorer
from whoosh.system import _INT_SIZE

from kutip.index.search.whoosh_engine.lengths import ScoreTable

Scores = dict[int, float]
Lengths = Callable[[str], Callable[[int], int | None]]
Columns = Callable[[str], bytes | None]


def tree_sum(scores: list[float]) -> float:
    """The sum as ``make_binary_tree(IntersectionMatcher, ...)`` adds it: halves, recursively."""
    count = len(scores)
    if count == 1:
        return scores[0]
    if count == 2:
        return scores[0] + scores[1]
    half = count // 2
    return tree_sum(scores[:half]) + tree_sum(scores[half:])


def in_order(positions: list[list[int]], slop: int) -> bool:
    """Whether the words occur in order, each at most ``slop`` positions after the run before it:
    ``SpanNear2Matcher._get_spans`` (ordered, ``mindist`` 1) on single-position spans."""
    if slop == 1:  # next to each other: the n-th word at the first one's place plus n
        starts = set(positions[0])
        for shift, following in enumerate(positions[1:], 1):
            starts.intersection_update([at - shift for at in following])
            if not starts:
                return False
        return True
    runs = [(p, p) for p in positions[0]]
    for following in positions[1:]:
        if not runs:
            return False
        joined: set[tuple[int, int]] = set()
        for start, end in runs:
            j = bisect_left(following, start)
            while j < len(following):
                at = following[j]
                j += 1
                if at < start - slop or start > at:
                    continue
                if at > end + slop:
                    break
                if start <= at <= end:
                    distance = 0
                elif end < at:
                    distance = at - end
                else:
                    distance = start - at
                if 1 <= distance <= slop:
                    joined.add((min(start, at), max(end, at)))
        runs = sorted(joined)
    return bool(runs)


class PhraseFound:
    """One phrase in one segment: the documents holding all its words with their scores, and
    whether the words stand in order there (asked per document, remembered)."""

    def __init__(
        self,
        scores: Scores,
        postings: list[dict[int, tuple[float, Any]]],
        decode: Callable[[Any], list[int]],
        slop: int,
    ) -> None:
        self.scores = scores
        self._postings = postings  # per word: document -> (frequency, encoded positions)
        self._decode = decode
        self._slop = slop
        self._held: dict[int, bool] = {}

    def holds(self, docnum: int) -> bool:
        held = self._held.get(docnum)
        if held is None:
            decode = self._decode
            positions = [decode(postings[docnum][1]) for postings in self._postings]
            held = self._held[docnum] = in_order(positions, self._slop)
        return held


def find_phrase(
    searcher: Any, query: wq.Phrase, lengths: Lengths, columns: Columns | None = None
) -> PhraseFound | None:
    """The phrase's candidates in this (one-segment) searcher; None when a word is absent.

    ``columns`` (a field's length column, a byte per document) lets the candidates' scores be read
    from a table by (frequency, length byte), without a Python step per candidate.
    Raises Whoosh's ``QueryError`` for a field without positions, as its phrase matcher does."""
    fieldname = query.fieldname
    schema = searcher.schema
    if fieldname not in schema:
        return None
    field = schema[fieldname]
    if not field.format or not field.format.supports("positions"):
        raise wq.QueryError(f"Phrase search: {fieldname!r} field has no positions")
    reader = searcher.reader()
    try:
        texts = [field.to_bytes(word) for word in query.words]
    except ValueError:
        return None
    if any((fieldname, text) not in reader for text in texts):
        return None
    rarest_first = sorted(set(texts), key=lambda text: reader.doc_frequency(fieldname, text))
    read: dict[bytes, dict[int, tuple[float, Any]]] = {}
    among: list[int] | None = None
    for text in rarest_first:
        postings = _postings(reader, fieldname, text, field.format, among)
        if among is not None:  # the candidates so far that hold this word too
            for earlier in read.values():
                for gone in earlier.keys() - postings.keys():
                    del earlier[gone]
        read[text] = postings
        if not postings:
            return None
        among = sorted(postings)
    assert among is not None
    length = lengths(fieldname)
    column = None if columns is None else columns(fieldname)
    per_word = [_scores(searcher, fieldname, text, read[text], length, column=column) for text in texts]
    if len(per_word) == 2:
        first, second = per_word
        found = {docnum: first[docnum] + second[docnum] for docnum in among}
    else:
        found = {docnum: tree_sum([scores[docnum] for scores in per_word]) for docnum in among}
    decode = positions_of if type(field.format) is Positions else field.format.decode_positions
    return PhraseFound(found, [read[text] for text in texts], decode, query.slop)


def positions_of(value: bytes) -> list[int]:
    """``Positions.decode_positions`` with its deltas added up in C."""
    if not value.endswith(b"."):
        value += b"."
    return list(accumulate(loads(value[_INT_SIZE:])))


def _scores(
    searcher: Any,
    fieldname: str,
    text: bytes,
    postings: dict[int, tuple[float, Any]],
    length: Callable[[int], Any],
    *,
    column: bytes | None = None,
) -> Scores:
    """The word's BM25F score in each of these documents, from its frequency there, as Whoosh's scorer
    computes it (the same operations in the same order as ``whoosh.scoring.bm25``); with the field's
    length ``column``, looked up by (frequency, length byte) in C (two common words' 60,000 candidates
    were a Python step each)."""
    scorer = searcher.weighting.scorer(searcher, fieldname, text)
    if type(scorer) is not BM25FScorer:  # another weighting: its own scoring, a posting at a time
        form = searcher.schema[fieldname].format
        matcher = searcher.reader()._terms.matcher(fieldname, text, form, scorer=scorer)
        scored: Scores = {}
        while matcher.is_active():
            if matcher.id() in postings:
                scored[matcher.id()] = matcher.score()
            matcher.next()
        return scored
    idf, avgfl, b, k1 = scorer.idf, scorer.avgfl, scorer.B, scorer.K1
    if column is not None and postings and max(postings) < len(column):
        table = ScoreTable(idf, avgfl, b, k1)
        frequencies = map(itemgetter(0), postings.values())
        pairs = zip(frequencies, map(column.__getitem__, postings), strict=True)
        return dict(zip(postings, map(table.__getitem__, pairs), strict=True))
    k1_plus, one_minus_b = k1 + 1, 1 - b
    return {
        docnum: idf * ((tf * k1_plus) / (tf + k1 * (one_minus_b + b * length(docnum) / avgfl)))
        for docnum, (tf, _) in postings.items()
    }


def _postings(
    reader: Any, fieldname: str, text: bytes, form: Any, among: list[int] | None
) -> dict[int, tuple[float, Any]]:
    """One word's frequency and encoded positions in each document holding it (only those
    ``among``, when given, reading only the posting blocks that may hold one of them)."""
    matcher = reader._terms.matcher(fieldname, text, form)
    found: dict[int, tuple[float, Any]] = {}
    wanted = None if among is None else set(among)
    if type(matcher) is not W3LeafMatcher:  # postings kept in the term's entry: a few, one at a time
        while matcher.is_active():
            docnum = matcher.id()
            if wanted is None or docnum in wanted:
                found[docnum] = (matcher.weight(), matcher.value())
            matcher.next()
        return found
    start = 0
    while matcher.is_active():
        if among is not None:
            end = bisect_right(among, matcher._maxid, start)
            if end == start:  # no candidate up to this block's last document: its data is not read
                matcher._next_block()
                continue
            start = end
        block = dict(zip(_ids(matcher), zip(_weights(matcher), _values(matcher), strict=True), strict=True))
        if wanted is None:
            found.update(block)
        else:
            for docnum in wanted.intersection(block):
                found[docnum] = block[docnum]
        matcher._next_block()
    return found


def _ids(matcher: W3LeafMatcher) -> Any:
    """The block's document numbers (Whoosh's ``_read_ids`` with its deltas added up in C)."""
    if matcher._data is None:
        matcher._read_data()
    ids = matcher._data[0]
    return ids if matcher._byteids else accumulate(ids)


def _weights(matcher: W3LeafMatcher) -> Any:
    matcher._read_weights()
    return matcher._weights


def _values(matcher: W3LeafMatcher) -> Any:
    matcher._read_values()
    return matcher._values


def phrase_docs(reader: Any, query: wq.Phrase) -> set[int]:
    """The segment's documents (deleted ones too) where the phrase's words stand in order; each
    distinct set of encoded positions is checked once (a short field, an outlet's name, repeats
    the same few in every document)."""
    fieldname = query.fieldname
    if fieldname not in reader.schema:
        return set()
    field = reader.schema[fieldname]
    if not field.format or not field.format.supports("positions"):
        raise wq.QueryError(f"Phrase search: {fieldname!r} field has no positions")
    try:
        texts = [field.to_bytes(word) for word in query.words]
    except ValueError:
        return set()
    if any((fieldname, text) not in reader for text in texts):
        return set()
    read: dict[bytes, dict[int, tuple[float, Any]]] = {}
    among: list[int] | None = None
    for text in sorted(set(texts), key=lambda text: reader.doc_frequency(fieldname, text)):
        postings = read[text] = _postings(reader, fieldname, text, field.format, among)
        among = sorted(postings if among is None else postings.keys() & set(among))
        if not among:
            return set()
    decode = positions_of if type(field.format) is Positions else field.format.decode_positions
    held: dict[tuple[Any, ...], bool] = {}
    found: set[int] = set()
    for docnum in among or ():
        values = tuple(read[text][docnum][1] for text in texts)
        known = held.get(values)
        if known is None:
            known = held[values] = in_order([decode(value) for value in values], query.slop)
        if known:
            found.add(docnum)
    return found
