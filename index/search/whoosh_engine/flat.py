"""Ranking a query of terms and prefixes by adding up their postings' scores, per document.

A word typed in the reader's search bar becomes an OR over the four title and body fields of
its most frequent completions and of the stems of the recorded words it begins: 12 to 160
terms. Whoosh ranks that through a tree of union matchers, asking every node of the tree at
every matching document which document it is on and what it scores (5 million calls for four
three-letter prefixes at 10,000 articles): ~100 ms per key. Here each term's postings are read
a block at a time and its BM25F score is added into a dictionary by document, with field
lengths read from each segment's length column once: the same documents and the same scores
(the same arithmetic per posting), without the tree.

Only ORs and ANDs of terms, prefixes and phrases (boost 1) are taken, as Whoosh would score them:
the sum of the scores of the terms a document matches (an AND keeps the documents every part
matches). A phrase (:mod:`.phrases`) counts first as the AND of its words, an upper bound of its
score; documents are then taken best bound first, and a phrase's positions are checked only in the
documents the ranking reaches, until no bound left can enter the top list.
A prefix in a segment where Whoosh scores it as a constant (a small segment, see
:func:`_constant`) scores 1 there, as in Whoosh. Anything else (NOT, ranges, boosts, another
weighting) is ranked by Whoosh.
"""

from __future__ import annotations

import heapq
import weakref
from collections.abc import Callable, Iterable
from itertools import accumulate, compress
from typing import TYPE_CHECKING, Any

from whoosh import query as wq
from whoosh.codec.whoosh3 import W3LeafMatcher
from whoosh.scoring import BM25FScorer

from kutip.index.search.whoosh_engine.lengths import DECODED_LENGTHS, ScoreTable, WholeColumnLengths
from kutip.index.search.whoosh_engine.stopping import EVERY, check_stop
from kutip.index.search.whoosh_engine.unions import ARRAY_FROM, TREE_ABOVE

if TYPE_CHECKING:
    from kutip.index.search.whoosh_engine.phrases import PhraseFound

Scores = dict[int, float]
_TOO_MANY = wq.Or.TOO_MANY_CLAUSES


def is_flat(query: wq.Query) -> bool:
    """Whether ``query`` is only ORs and ANDs of terms, prefixes (or wildcards) and phrases, all of
    boost 1."""
    if getattr(query, "boost", 1.0) != 1.0:
        return False
    kind = type(query)
    if kind is wq.Term:
        return True
    if kind is wq.Phrase:
        return bool(query.words) and None not in query.words
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
        self.parts: dict[tuple[int, wq.Query], Scores] = {}
        self.part_postings = 0
        self.lengths: dict[tuple[int, str], Callable[[int], int | None]] = {}
        self.columns: dict[tuple[int, str], bytes | None] = {}

    def keep(self, key: tuple[int, str, bytes], scores: Scores) -> None:
        if self.postings + len(scores) > KEPT_POSTINGS:
            self.scores.clear()
            self.postings = 0
        self.scores[key] = scores
        self.postings += len(scores)

    def keep_part(self, key: tuple[int, wq.Query], scores: Scores) -> None:
        if self.part_postings + len(scores) > KEPT_PART_SCORES:
            self.parts.clear()
            self.part_postings = 0
        self.parts[key] = scores
        self.part_postings += len(scores)


KEPT_POSTINGS = 400_000
"""Postings whose scores are kept per generation (~40 MB): a key typed after another asks for
mostly the same terms (the stems of the words ``kata`` begins are among those of ``kat``)."""
KEPT_PART_SCORES = 300_000
"""Documents' scores of whole parts of an AND kept per generation (~30 MB): while the second word
is typed (``kata p``, ``kata pe``, ``kata pem``), the first word's part is the same query each key,
and its terms' scores were added up again over every document that holds them."""
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
        self.used: dict[int, Any] = {}  # id of a query node -> what it found here (for exact())
        self.phrases: dict[int, PhraseFound | None] = {}  # id of a phrase node -> its candidates
        self.keeps_parts = False  # an AND's parts are kept (no phrase: exact() never asks what they used)

    def lengths(self, fieldname: str) -> Callable[[int], int | None]:
        """Document number -> field length, as ``searcher.doc_field_length(doc, field, 1)``."""
        key = (self.number, fieldname)
        found = self.kept.lengths.get(key)
        if found is None:
            found = self.kept.lengths[key] = self._read_lengths(fieldname)
        return found

    def column(self, fieldname: str) -> bytes | None:
        """The field's length column, a byte per document (None: this Whoosh lays it out otherwise)."""
        key = (self.number, fieldname)
        if key not in self.kept.columns:
            perdoc = getattr(self.reader, "_perdoc", None)
            self.kept.columns[key] = None if perdoc is None else WholeColumnLengths(perdoc).column(fieldname)
        return self.kept.columns[key]

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


def _term_into(segment: _Segment, fieldname: str, text: bytes, into: Scores) -> Scores:
    """Add one term's score in each document of the segment that holds it (those scores returned)."""
    key = (segment.number, fieldname, text)
    scores = segment.kept.scores.get(key)
    if scores is None:
        scores = _term_scores(segment, fieldname, text)
        segment.kept.keep(key, scores)
    add_into(into, scores)
    return scores


def add_into(into: Scores, scores: Scores) -> None:
    """``into[doc] += scores[doc]`` for every document of ``scores`` (0.0 where absent), with Python
    steps only for the documents both hold: a body term's 70,000 postings after its title term's 3,000
    were a Python step each (half a frequent word's ranking at 100k). The sums are the same (one
    addition, either way round, for a document both hold; a score alone for the others), and new
    documents follow in ``scores``' order, as the step-by-step loop added them."""
    if not into:
        into.update(scores)
        return
    small, large = (scores, into) if len(scores) <= len(into) else (into, scores)
    both = {docnum: into[docnum] + scores[docnum] for docnum in small if docnum in large}
    into.update(scores)
    into.update(both)


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
    column = segment.column(fieldname)
    table = ScoreTable(idf, avgfl, b, k1)
    while matcher.is_active():  # a block at a time: its ids and weights at once
        if matcher._data is None:
            matcher._read_data()
        ids = matcher._data[0]
        ids = ids if matcher._byteids else tuple(accumulate(ids))  # Whoosh's delta_decode, in C
        matcher._read_weights()
        weights = matcher._weights
        if column is not None and matcher._maxid < len(column):  # no Python step per posting
            lengths = map(column.__getitem__, ids)
            into.update(zip(ids, map(table.__getitem__, zip(weights, lengths, strict=True)), strict=True))
        else:
            for docnum, tf in zip(ids, weights, strict=True):
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
        segment.used[id(query)] = _term_into(segment, fieldname, text, into)
    elif type(query) is wq.Phrase:
        from kutip.index.search.whoosh_engine.phrases import find_phrase  # a word search never needs it

        found = find_phrase(segment.searcher, query, segment.lengths, segment.column)
        segment.phrases[id(query)] = found
        if found is not None:  # the AND of its words for now: an upper bound
            add_into(into, found.scores)
    elif isinstance(query, wq.MultiTerm):
        fieldname = query.field()
        texts = [text for text in query._btexts(segment.reader) if text]
        constant = _constant(query, len(texts), segment)
        matched: set[int] = set()  # scored as a constant: 1 a document, however many terms it holds
        each: list[Scores] = []
        for count, text in enumerate(texts):
            if not count % EVERY:
                check_stop()
            if constant:
                _docs_into(segment, fieldname, text, matched)
            else:
                each.append(_term_into(segment, fieldname, text, into))
        for docnum in matched:
            into[docnum] = into.get(docnum, 0.0) + 1.0
        segment.used[id(query)] = (each, matched)
    elif isinstance(query, wq.Or):
        for sub in query.subqueries:
            _into(sub, segment, into)
    else:  # And: the documents every part matches, scored by the sum
        common: Scores | None = None
        for sub in query.subqueries:
            part = _part(sub, segment)
            if common is None:
                common = part
            elif len(part) < len(common):  # the same sums (common's score + part's), fewer lookups
                common = {doc: common[doc] + score for doc, score in part.items() if doc in common}
            else:
                common = {doc: score + part[doc] for doc, score in common.items() if doc in part}
            if not common:
                return
        for doc, score in (common or {}).items():
            into[doc] = into.get(doc, 0.0) + score


def _part(query: wq.Query, segment: _Segment) -> Scores:
    """One part of an AND: its scores by document in this segment, kept for the next search of the
    generation when no phrase needs what each node found (never changed once made)."""
    if not segment.keeps_parts:
        part: Scores = {}
        _into(query, segment, part)
        return part
    key = (segment.number, query)
    found = segment.kept.parts.get(key)
    if found is None:
        found = {}
        _into(query, segment, found)
        segment.kept.keep_part(key, found)
    return found


def _has_phrase(query: wq.Query) -> bool:
    return type(query) is wq.Phrase or any(_has_phrase(sub) for sub in getattr(query, "subqueries", ()))


def _exact(query: wq.Query, segment: _Segment, docnum: int, score: float | None) -> float | None:
    """``score`` of one document (None: unmatched so far) with ``query``'s part added as :func:`_into`
    added it, in the same order, except that a phrase counts only where its words stand in order."""
    kind = type(query)
    if kind is wq.Term:
        term: Scores = segment.used.get(id(query), {})
        found = term.get(docnum)
        return score if found is None else (0.0 if score is None else score) + found
    if kind is wq.Phrase:
        phrase = segment.phrases.get(id(query))
        if phrase is None or docnum not in phrase.scores or not phrase.holds(docnum):
            return score
        return (0.0 if score is None else score) + phrase.scores[docnum]
    if isinstance(query, wq.MultiTerm):
        each, matched = segment.used.get(id(query), ((), set()))
        for scores in each:
            found = scores.get(docnum)
            if found is not None:
                score = (0.0 if score is None else score) + found
        return score if docnum not in matched else (0.0 if score is None else score) + 1.0
    if isinstance(query, wq.Or):
        for sub in query.subqueries:
            score = _exact(sub, segment, docnum, score)
        return score
    common: float | None = None  # And
    for sub in query.subqueries:
        part = _exact(sub, segment, docnum, None)
        if part is None:
            return score
        common = part if common is None else common + part
    return score if common is None else (0.0 if score is None else score) + common


LIVE: set[int] = {-1}
"""``allowed`` meaning every live (not deleted) document (compared by identity; never changed)."""


def flat_ranked(searcher: Any, query: wq.Query, limit: int, allowed: set[int]) -> list[tuple[float, int]]:
    """The ``limit`` best (score, document number) of ``query`` among ``allowed`` (or every live
    document: :data:`LIVE`), best first and documents of equal score in index order (as Whoosh's
    top collector keeps them)."""
    parts = [(searcher, 0)] if searcher.is_atomic() else list(searcher.subsearchers)
    kept = _KEPT.get(searcher)
    if kept is None:
        kept = _KEPT[searcher] = _Kept()
    found: list[tuple[float, int]] = []
    live: list[tuple[Scores, int]] = []  # every live document's scores by segment, and its offset
    bounded: list[tuple[float, int, _Segment, int]] = []  # (-bound, document, its segment, offset)
    keeps_parts = not _has_phrase(query)
    for number, (subsearcher, offset) in enumerate(parts):
        scores: Scores = {}
        segment = _Segment(subsearcher, number, kept)
        segment.keeps_parts = keeps_parts
        _into(query, segment, scores)
        reader = segment.reader
        if allowed is LIVE and reader.has_deletions():
            for docnum in reader.deleted_docs_set.intersection(scores):
                del scores[docnum]
        if any(segment.phrases.values()):
            bounded.extend(
                (-score, docnum + offset, segment, offset)
                for docnum, score in scores.items()
                if allowed is LIVE or docnum + offset in allowed
            )
        elif allowed is LIVE:
            live.append((scores, offset))
        else:
            found.extend(
                (score, -(docnum + offset)) for docnum, score in scores.items() if docnum + offset in allowed
            )
    for pairs in _may_enter(live, limit):
        found.extend(pairs)
    if not bounded:
        return [(score, -negated) for score, negated in heapq.nlargest(limit, found)]
    return _checked_best(query, limit, found, bounded)


def _may_enter(live: list[tuple[Scores, int]], limit: int) -> list[Iterable[tuple[float, int]]]:
    """Per segment, in C, ``(score, -(document + offset))`` of the documents scoring at least the
    ``limit``-th best score of all: only they can be among the ``limit`` best (ties included), and a
    frequent word's 70,000 documents made 70,000 tuples for the top list to compare."""
    tops = [score for scores, _ in live for score in heapq.nlargest(limit, scores.values())]
    least = heapq.nlargest(limit, tops)[-1] if len(tops) >= limit else None
    out: list[Iterable[tuple[float, int]]] = []
    for scores, offset in live:
        pairs = zip(scores.values(), map((-offset).__sub__, scores.keys()), strict=True)
        out.append(pairs if least is None else compress(pairs, map(least.__le__, scores.values())))
    return out


def _checked_best(
    query: wq.Query,
    limit: int,
    found: list[tuple[float, int]],
    bounded: list[tuple[float, int, _Segment, int]],
) -> list[tuple[float, int]]:
    """The ``limit`` best of documents scored exactly (``found``) and of documents whose phrases are
    not checked yet (``bounded``: their score if every phrase held, never below the true one, as
    every score added is positive), checking the best bounds first until none can enter the list."""
    best = heapq.nlargest(limit, found)
    best.reverse()
    heapq.heapify(best)  # the worst of the best at the top
    heapq.heapify(bounded)
    checked, bounds_hold = 0, True
    while bounded:
        negated_bound, docnum, segment, offset = bounded[0]
        if bounds_hold and len(best) >= limit and (-negated_bound, -docnum) < best[0]:
            break  # no document left can do better than the worst kept
        heapq.heappop(bounded)
        checked += 1
        if not checked % EVERY:
            check_stop()
        score = _exact(query, segment, docnum - offset, None)
        if score is None:
            continue
        if score > -negated_bound:  # a negative score somewhere: no bounds, every document checked
            bounds_hold = False
        key = (score, -docnum)
        if len(best) < limit:
            heapq.heappush(best, key)
        elif key > best[0]:
            heapq.heapreplace(best, key)
    return [(score, -negated) for score, negated in sorted(best, reverse=True)]
