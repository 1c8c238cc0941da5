"""A write batch's documents added without Whoosh's per-token Python chain, same postings.

Whoosh indexes a text field by running a chain of generators over one shared ``Token`` object
(tokenizer, lower case, folding, stopwords, stemmer: five Python frames per word), collects each
term's positions, pickles them one posting at a time and hands every posting to its pool through
a method that checks its types: ~3.4 of the writer's ~7 CPU ms of Whoosh work per article
(``benchmarks/writes_ab.py``). Here, for the analyser chains kutip's schema is made of
(:func:`.toolkit.folding`, with or without a stop list and a stemmer), one loop does the same
steps on plain strings, each word as written is analysed once per batch (a language's title,
body and statement fields share one analyser, so they share the memo), a one-position posting's
bytes are built once per position, and postings go to the pool with the pool's own size
accounting. The pool receives the same tuples in the same order, so the segment holds the same
fields, terms, positions, weights, lengths and stored values
(``tests/unit/test_scale_s25_documents.py`` compares the two paths on made-up articles in both
languages and with no language). One difference in bytes, none in what is read: equal
one-position values in a posting block are now one object, which pickle writes once and refers
back to (the block loads to equal values; postings 2-5 % smaller).

The plan is read from the analysers of the writer's own schema (the one pickled in the
archive's table of contents), never from kutip's current stop lists or patterns, so an archive
made with other lists keeps its terms. A chain of any other shape, a format other than
Whoosh's ``Positions``, a value that is not a string, or a document with a field this does not
reproduce (spelling, vectors, boosts) goes through Whoosh's own code.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pickle import dumps
from typing import Any

from whoosh import formats
from whoosh.analysis import (
    CharsetFilter,
    CompositeAnalyzer,
    LowercaseFilter,
    RegexTokenizer,
    StemFilter,
    StopFilter,
)
from whoosh.system import pack_uint
from whoosh.writing import PostingPool, SegmentWriter

__all__ = ["TextPlan", "add_document", "plan_of", "text_postings"]

Posting = tuple[bytes, int, float, bytes]  # term bytes, frequency, weight, encoded positions
_ONE_POSITION: dict[int, bytes] = {}  # a posting's bytes when its term is at one position only
ONE_POSITION_KEPT = 8192  # positions whose one-position bytes are kept (a long article's first words)
_UNSEEN: Any = object()
_MEMOS = "\0memos"  # the key of ``plans`` that holds the shared word memos (no field is so named)
_WHOOSH: Any = object()  # a field this module leaves to Whoosh (spelling, vectors, a boost key)


@dataclass
class TextPlan:
    """One field's analysis, read from its Whoosh analyser."""

    pattern: re.Pattern[str]
    charmap: dict[int, Any]
    field_boost: float
    stops: frozenset[str] | None = None  # None: no stop filter (positions not renumbered)
    minsize: int = 1
    maxsize: int | None = None
    stem: Callable[[str], str] | None = None
    ignore: frozenset[str] = frozenset()
    terms: dict[str, str | None] = field(default_factory=dict)  # word as written -> term (None: stopped)
    terms_kept: int = 100_000  # words kept in ``terms`` (a batch's vocabulary, bounded)


def plan_of(fieldobj: Any, memos: dict[int, dict[str, str | None]] | None = None) -> TextPlan | None:
    """How to index ``fieldobj``'s text without Whoosh's chain, or None when its shape is not
    one this module reproduces exactly. Fields of one analyser object (a language's title, body
    and statement fields) share their words' terms through ``memos``."""
    fmt: Any = getattr(fieldobj, "format", None)
    analyzer: Any = getattr(fieldobj, "analyzer", None)
    if type(fmt) is not formats.Positions or type(analyzer) is not CompositeAnalyzer:
        return None
    items = list(analyzer.items)
    if len(items) not in (3, 5):
        return None
    tokenizer, lower, charset = items[:3]
    if (
        type(tokenizer) is not RegexTokenizer
        or tokenizer.gaps
        or type(lower) is not LowercaseFilter
        or type(charset) is not CharsetFilter
        or not isinstance(charset.charmap, dict)
    ):
        return None
    plan = TextPlan(pattern=tokenizer.expression, charmap=charset.charmap, field_boost=fmt.field_boost)
    if len(items) == 5:
        stop, stemmer = items[3:]
        if type(stop) is not StopFilter or not stop.renumber or type(stemmer) is not StemFilter:
            return None
        if stemmer.lang or not callable(stemmer.stemfn):
            return None
        plan.stops, plan.minsize, plan.maxsize = stop.stops, stop.min, stop.max
        plan.stem, plan.ignore = stemmer.stemfn, stemmer.ignore
    if memos is not None:
        plan.terms = memos.setdefault(id(analyzer), {})
    return plan


def _encoded(positions: list[int]) -> bytes:
    """Whoosh's ``Positions.encode``: the count, then the pickled position deltas."""
    if len(positions) == 1 and positions[0] < ONE_POSITION_KEPT:
        first = positions[0]
        known = _ONE_POSITION.get(first)
        if known is None:
            known = _ONE_POSITION[first] = bytes(pack_uint(1)) + dumps([first], 2)
        return known
    deltas = []
    base = 0
    for position in positions:
        deltas.append(position - base)
        base = position
    return bytes(pack_uint(len(deltas))) + dumps(deltas, 2)


def _fold(plan: TextPlan, raw: str) -> str | None:
    """What the chain makes of one word: folded, then None when stopped, else stemmed."""
    word: str = raw.lower().translate(plan.charmap)
    if plan.stops is None:
        return word
    too_long = plan.maxsize is not None and len(word) > plan.maxsize
    if len(word) < plan.minsize or too_long or word in plan.stops:
        return None
    if plan.stem is not None and word not in plan.ignore:
        word = plan.stem(word)
    return word


def _positions(plan: TextPlan, value: str) -> dict[str, list[int]]:
    """Each term of ``value`` with its positions, as Whoosh's chain numbers them (a stop filter
    renumbers the words it keeps, the first keeping its own position). A word as written is
    analysed once per batch (``plan.terms``)."""
    if plan.pattern.groups:
        words: list[str] = [match.group(0) for match in plan.pattern.finditer(value)]
    else:
        words = plan.pattern.findall(value)
    known = plan.terms
    if len(known) > plan.terms_kept:
        known.clear()
    terms: dict[str, list[int]] = {}
    renumber = plan.stops is not None
    kept: int | None = None
    for place, raw in enumerate(words):
        word = known.get(raw, _UNSEEN)
        if word is _UNSEEN:
            word = known[raw] = _fold(plan, raw)
        if word is None:
            continue
        position = place
        if renumber:
            kept = position = place if kept is None else kept + 1
        found = terms.get(word)
        if found is None:
            terms[word] = [position]
        else:
            found.append(position)
    return terms


def text_postings(plan: TextPlan, value: str) -> Iterator[Posting]:
    """What Whoosh's ``field.index(value)`` yields for a field of this plan."""
    boost = plan.field_boost
    for word, positions in _positions(plan, value).items():
        yield word.encode("utf-8"), len(positions), len(positions) * boost, _encoded(positions)


def add_document(writer: SegmentWriter, fields: dict[str, Any], plans: dict[str, Any]) -> None:
    """Whoosh's ``SegmentWriter.add_document(**fields)`` for kutip's documents (no ``_boost`` or
    ``_stored_`` keys, no spelling or vector fields: a document with one goes to Whoosh's own
    method), text fields indexed by their plans (``plans``, empty at first, keeps :func:`plan_of`
    per field name for one writer)."""
    writer._check_state()
    schema = writer.schema
    fieldnames = sorted(fields)
    writer._check_fields(schema, fieldnames)
    for fieldname in fieldnames:
        if fieldname not in plans:
            fieldobj = schema[fieldname]
            plain = not fieldname.startswith("_") and not fieldobj.separate_spelling() and not fieldobj.vector
            plans[fieldname] = plan_of(fieldobj, plans.setdefault(_MEMOS, {})) if plain else _WHOOSH
        if plans[fieldname] is _WHOOSH:
            writer.add_document(**fields)  # what this module does not reproduce: Whoosh's own code
            return
    perdocwriter = writer.perdocwriter
    docnum = writer.docnum
    pool = writer.pool
    pooled = type(pool) is PostingPool
    add_post = pool.add
    perdocwriter.start_doc(docnum)
    try:
        for fieldname in fieldnames:
            value = fields[fieldname]
            if value is None:
                continue
            fieldobj = schema[fieldname]
            length = 0
            if fieldobj.indexed:
                plan = plans[fieldname]
                fast = plan is not None and isinstance(value, str)
                items = text_postings(plan, value) if fast else fieldobj.index(value)
                scorable = fieldobj.scorable
                if pooled:
                    pool.fieldnames.add(fieldname)
                    current = pool.current
                    fixed = 150 + len(fieldname)  # the pool's estimate of a posting's bytes, less its texts
                    for tbytes, freq, weight, vbytes in items:
                        if scorable:
                            length += freq
                        pool.currentsize += fixed + 2 * len(tbytes) + len(vbytes or "")
                        if pool.currentsize > pool.limit:
                            pool.save()
                            current = pool.current
                        current.append((fieldname, tbytes, docnum, weight * 1.0, vbytes))
                else:
                    for tbytes, freq, weight, vbytes in items:
                        if scorable:
                            length += freq
                        add_post((fieldname, tbytes, docnum, weight * 1.0, vbytes))
            perdocwriter.add_field(fieldname, fieldobj, value if fieldobj.stored else None, length)
            column = fieldobj.column_type
            if column:
                perdocwriter.add_column_value(fieldname, column, fieldobj.to_column_value(value))
    except Exception:
        perdocwriter.cancel_doc()
        raise
    perdocwriter.finish_doc()
    writer._added = True
    writer.docnum += 1
