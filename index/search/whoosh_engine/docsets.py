"""The documents a filter admits, read as sets from the postings, a block at a time.

A search ranks only the documents of its doctype that every filter (``lang:``, ``date:``,
``outlet:``) admits; the sets are kept per generation, so each is read once after a commit, but
that once is on a user's search: Whoosh's ``docs_for_query`` walks a matcher a document at a time
(the statements' doctype, ~800,000 documents at 100k articles: 1.5 s of CPU; a half-year date
range 2.3 s; an outlet's name, a phrase checked through span matchers, 1.2 s). Here a term's
document numbers are a block's deltas added up in C, a prefix or range the union of its terms,
a phrase the documents holding every word whose positions line up (each distinct set of
encoded positions checked once: a short field repeats them). Anything else is Whoosh's.
"""

from __future__ import annotations

from itertools import accumulate
from typing import Any

from whoosh import query as wq
from whoosh.codec.whoosh3 import W3LeafMatcher

from kutip.index.search.whoosh_engine.stopping import EVERY, check_stop
from kutip.index.search.whoosh_engine.unions import array_unions


def docs_of(searcher: Any, query: wq.Query) -> set[int]:
    """Numbers of the live documents matching ``query``, as ``searcher.docs_for_query`` gives them."""
    parts = [(searcher, 0)] if searcher.is_atomic() else list(searcher.subsearchers)
    found: set[int] = set()
    for subsearcher, offset in parts:
        reader = subsearcher.reader()
        local = _docs(reader, query)
        if local is None:
            return set(searcher.docs_for_query(array_unions(query)))
        if reader.has_deletions():
            local.difference_update(reader.deleted_docs_set)
        found.update(map(offset.__add__, local) if offset else local)
    return found


def _docs(reader: Any, query: wq.Query) -> set[int] | None:
    """The segment's documents matching ``query``, deleted or not; None: not a shape read here."""
    kind = type(query)
    if kind is wq.Term:
        return term_docs(reader, query.fieldname, query.text)
    if kind is wq.Phrase and query.words and None not in query.words:
        from kutip.index.search.whoosh_engine.phrases import phrase_docs  # a phrase's only: imported then

        return phrase_docs(reader, query)
    if isinstance(query, wq.MultiTerm) and not getattr(query, "minquality", None):
        fieldname = query.field()
        found: set[int] = set()
        for count, text in enumerate(query._btexts(reader)):
            if not count % EVERY:
                check_stop()
            found |= term_docs(reader, fieldname, text)
        return found
    if kind is wq.Or and not query.minmatch:
        united: set[int] = set()
        for sub in query.subqueries:
            part = _docs(reader, sub)
            if part is None:
                return None
            united |= part
        return united
    if kind is wq.And:
        common: set[int] | None = None
        for sub in query.subqueries:
            part = _docs(reader, sub)
            if part is None:
                return None
            common = part if common is None else common & part
        return common if common is not None else set()
    return None


def term_docs(reader: Any, fieldname: str, text: Any) -> set[int]:
    """The segment's documents holding one term (deleted ones too)."""
    schema = reader.schema
    if fieldname not in schema:
        return set()
    field = schema[fieldname]
    try:
        text = field.to_bytes(text) if isinstance(text, str) else text
    except ValueError:
        return set()
    if (fieldname, text) not in reader:
        return set()
    matcher = reader._terms.matcher(fieldname, text, field.format)
    if type(matcher) is not W3LeafMatcher:
        return set(matcher.all_ids())
    found: set[int] = set()
    while matcher.is_active():
        if matcher._data is None:
            matcher._read_data()
        ids = matcher._data[0]
        found.update(ids if matcher._byteids else accumulate(ids))  # Whoosh's delta_decode, in C
        matcher._next_block()
    return found
