"""The Whoosh implementation of :class:`~kutip.index.search.engine.SearchEngine`.

Trees become Whoosh queries in :mod:`.translate`; documents, batches and the shared
searcher are :mod:`.store`'s; where words match in a text is :mod:`.highlight`'s.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path

from whoosh import query as wq
from whoosh.searching import Searcher

from kutip.index.models import EntityType, Span
from kutip.index.search.check import QueryError
from kutip.index.search.engine import (
    DocType,
    Ranked,
    StatementFilter,
    StopCheck,
    stop_if,
)
from kutip.index.search.parse import parse_query
from kutip.index.search.stemming import folded_words, remember_stems, unknown_words
from kutip.index.search.tree import Or, Pattern, Phrase, Query, Word, filters_apart, leaves
from kutip.index.search.whoosh_engine.docsets import docs_of
from kutip.index.search.whoosh_engine.flat import LIVE, flat_ranked, is_flat
from kutip.index.search.whoosh_engine.highlight import candidates, find_matches
from kutip.index.search.whoosh_engine.stopping import EVERY, stoppable
from kutip.index.search.whoosh_engine.store import ENTITY_FIELDS, WhooshStore
from kutip.index.search.whoosh_engine.translate import Translator, query_terms

StemSource = Callable[[set[str]], dict[str, str]]
_LIVE = "live"
"""Not a doctype: what a flat query asks for when it reads only its doctype's own text fields (an
article's titles and bodies, a statement's words), which no document of another doctype holds: the
doctype's set (100,000 documents read at 100k articles, a tenth of a one-shot search) is not needed,
only the live documents."""


def _fields(query: wq.Query) -> set[str]:
    """The fields a flat query reads."""
    subqueries = getattr(query, "subqueries", None)
    if subqueries is not None:
        return set().union(*(_fields(sub) for sub in subqueries))
    return {query.field()}


def _typed_words(query: Query) -> set[str]:
    """The folded words of the query's words and phrases, which the analysers stem."""
    return {w for leaf in leaves(query) if isinstance(leaf, (Word, Phrase)) for w in folded_words(leaf.text)}


class TextParser:
    """Typed text to a tree (kept for callers that held the engine's parser)."""

    def parse(self, text: str) -> Query:
        return parse_query(text)


class WhooshEngine(WhooshStore):
    """A Whoosh index answering in kutip's terms.

    ``known_stems`` reads back the Indonesian stems recorded at index time for some words
    (the document store's), so finding matches does not run Sastrawi on them again.
    """

    def __init__(self, directory: Path, known_stems: StemSource | None = None) -> None:
        super().__init__(directory)
        self._translator = Translator(self._ix.schema)
        self._known_stems = known_stems
        self.parser = TextParser()

    def _doctype(self, searcher: Searcher, doctype: str) -> set[int]:
        """The store's set of one doctype's documents (lock held); :data:`.flat.LIVE` for every live
        document when the query reads only the doctype's own fields."""
        return LIVE if doctype == _LIVE else super()._doctype(searcher, doctype)

    def _docs_for(self, searcher: Searcher, query: wq.Query) -> set[int]:
        """Read a block of postings at a time by :mod:`.docsets`, not one posting at a time."""
        return docs_of(searcher, query)

    def translate(self, query: Query, doctype: DocType = "article") -> wq.Query:
        return self._translator.translate(query, doctype)

    def rank(
        self, query: Query, limit: int | None, doctype: DocType = "article", stop: StopCheck | None = None
    ) -> Ranked:
        """Filters (``lang:``, ``date:``, ``outlet:``…) are document sets kept per generation;
        only the rest is scored."""
        self._recall_stems(_typed_words(query))  # a one-shot search never loads Sastrawi for known words
        ranking, narrowing = filters_apart(query)
        translated = self.translate(ranking, doctype)
        filters = [self.translate(leaf, doctype) for leaf in narrowing]
        if limit is not None and is_flat(translated):
            hits = self._flat_ranked(translated, limit, doctype, filters, stop)
        else:
            hits = self.ranked(translated, limit, doctype, filters, stop)
        return Ranked(hits, query_terms(translated))

    def _flat_ranked(
        self, query: wq.Query, limit: int, doctype: str, filters: Sequence[wq.Query], stop: StopCheck | None
    ) -> list[tuple[str, float]]:
        """``ranked`` for ORs and ANDs of terms and prefixes (:mod:`.flat`): the same hits and
        scores, without Whoosh's matcher tree (most of a typed prefix's time)."""
        only_its_own = not filters and _fields(query) <= set(self._translator.own_fields(doctype))
        with self._searching(_LIVE if only_its_own else doctype, filters, stop) as (searcher, allowed):
            if not allowed:
                return []
            with stoppable(stop):
                top = flat_ranked(searcher, query, limit, allowed)
            ids, read_id = self._ids(searcher)
            ranked = []
            for count, (score, docnum) in enumerate(top):
                if not count % EVERY:
                    stop_if(stop)
                doc_id = ids.get(docnum)
                if doc_id is None:  # 1,000 stored-field reads were a tenth of a typed prefix's time
                    doc_id = ids[docnum] = read_id(docnum)
                ranked.append((doc_id, score))
            return ranked

    def search(
        self, query: Query, limit: int | None, doctype: DocType = "article"
    ) -> list[tuple[str, float]]:
        """(id, score) pairs, best first."""
        return self.rank(query, limit, doctype).hits

    def with_entity(self, names: Iterable[str], entity_type: EntityType) -> list[str]:
        field = ENTITY_FIELDS[entity_type]
        wanted = [n.replace(",", " ").strip() for n in names]
        tree = Or(tuple(Phrase(n, field) for n in dict.fromkeys(wanted) if n))
        if not tree.children:
            return []
        return [doc_id for doc_id, _ in self.ranked(self.translate(tree), None)]

    def statement_ids(self, wanted: StatementFilter) -> list[str]:
        parts: list[wq.Query] = []
        if wanted.kind:
            parts.append(wq.Term("kind", wanted.kind))
        if wanted.article:
            parts.append(wq.Term("article", wanted.article))
        if wanted.speakers:
            names = Or(tuple(Phrase(n, "speaker") for n in wanted.speakers))
            parts.append(self.translate(names, "statement"))
        elif wanted.speaker_word:
            parts.append(self.translate(Pattern(f"*{wanted.speaker_word}*", "speaker"), "statement"))
        found = wq.And(parts) if len(parts) > 1 else (parts[0] if parts else wq.Every())
        return [doc_id for doc_id, _ in self.ranked(found, None, "statement")]

    def matches(self, texts: Mapping[str, tuple[str, str]], query: Query) -> dict[str, list[Span]]:
        if not texts:
            return {}  # the reader ranks without snippets: no second translation of the query
        try:
            terms = query_terms(self.translate(query))
        except QueryError:
            return {}
        found = {doc_id: candidates(text, terms) for doc_id, (text, _) in texts.items()}
        self._recall_stems(
            {
                word.group().lower()
                for doc_id, (_, lang) in texts.items()
                if lang != "en"
                for word in found[doc_id]
            }
        )
        return {
            doc_id: find_matches(text, terms, lang, found[doc_id]) for doc_id, (text, lang) in texts.items()
        }

    def _recall_stems(self, words: set[str]) -> None:
        """Read back the stems recorded at index time, instead of running Sastrawi again."""
        if self._known_stems is None:
            return
        unknown = unknown_words(w for w in words if w.isalpha() and len(w) >= 4)
        if unknown:
            remember_stems(self._known_stems(unknown))
