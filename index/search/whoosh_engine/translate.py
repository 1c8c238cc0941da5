"""kutip's query tree as Whoosh queries.

Each leaf is analysed by its Whoosh field as Whoosh's own parser analysed it (so
ranking is unchanged): a word in several fields is an OR over them, a word the
analyser splits is an AND of its pieces, a stopword drops out. Dates are term ranges
over the ``yyyy-mm-dd`` strings of the ``date`` field.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial

from whoosh import query as wq
from whoosh.fields import Schema

from kutip.index.search.check import QueryError, is_one_span
from kutip.index.search.tree import (
    And,
    AndMaybe,
    AndNot,
    Dates,
    Not,
    Or,
    Pattern,
    Phrase,
    Query,
    Range,
    Word,
)
from kutip.index.search.whoosh_engine.schema import searchable_fields, statement_search_fields, title_fields
from kutip.index.search.whoosh_engine.unions import FrequentPrefix

TEXT_FIELDS = ("title_", "body_", "said_")
OWN_FIELDS = {
    "article": ("person", "org", "place", "author"),
    "statement": ("speaker", "via", "kind", "article"),
}
"""Fields besides the text that documents of one doctype hold and no other does."""


class Translator:
    """Translates trees for one schema; ``doctype`` decides what an unqualified word searches."""

    def __init__(self, schema: Schema) -> None:
        self.schema = schema
        self._text_fields = {
            "article": tuple(searchable_fields()),
            "statement": tuple(statement_search_fields()),
        }

    def own_fields(self, doctype: str) -> tuple[str, ...]:
        """The fields only documents of ``doctype`` hold (``store.article_document`` and
        ``statement_documents``): the text an unqualified word searches, and the names."""
        return self._text_fields.get(doctype, ()) + OWN_FIELDS.get(doctype, ())

    def translate(self, tree: Query, doctype: str = "article") -> wq.Query:
        """The Whoosh query; :class:`QueryError` when nothing searchable is left (only stopwords)."""
        try:
            found = self._node(tree, self._text_fields[doctype]).normalize()
        except QueryError:
            raise
        except Exception as error:  # Whoosh raises many kinds; the user needs one line
            raise QueryError(f"cannot understand the query: {error}") from None
        if found is wq.NullQuery:
            raise QueryError("the query has only stopwords or nothing searchable")
        return found

    def _node(self, node: Query, text_fields: Sequence[str]) -> wq.Query:
        if isinstance(node, And):
            return wq.And([self._node(c, text_fields) for c in node.children], boost=node.boost)
        if isinstance(node, Or):
            return wq.Or([self._node(c, text_fields) for c in node.children], boost=node.boost)
        if isinstance(node, Not):
            return wq.Not(self._node(node.child, text_fields), boost=node.boost)
        if isinstance(node, AndNot):
            return wq.AndNot(self._node(node.positive, text_fields), self._node(node.negative, text_fields))
        if isinstance(node, AndMaybe):
            return wq.AndMaybe(self._node(node.required, text_fields), self._node(node.optional, text_fields))
        if isinstance(node, Dates):
            return date_query(node)
        fields = text_fields if node.field is None else self._fields_of(node.field)
        per_field = [self._leaf(node, field) for field in fields]
        found = [q for q in per_field if q is not None]
        if node.field is not None and len(fields) == 1:
            return found[0] if found else wq.NullQuery
        return wq.Or(found)

    def _fields_of(self, name: str) -> tuple[str, ...]:
        """The Whoosh fields a typed ``name:`` searches: ``title:`` is each language's title
        field (an index of schema 4 or older also had a neutral ``title``, still used there)."""
        if name == "title" and name not in self.schema:
            return tuple(title_fields())
        return (name,)

    def _leaf(self, leaf: Word | Phrase | Pattern | Range, fieldname: str) -> wq.Query | None:
        field = self.schema[fieldname]
        if isinstance(leaf, Word):
            return self._terms(fieldname, leaf.text, wq.Term, leaf.boost, tokenize=True)
        if isinstance(leaf, Pattern):
            text = leaf.text
            if len(text) > 1 and "?" not in text and text.find("*") == len(text) - 1:
                # a prefix: analysed like a word (stemmed too), as Whoosh's parser always did
                prefix = partial(FrequentPrefix, most=leaf.most) if leaf.most else wq.Prefix
                return self._terms(fieldname, text[:-1], prefix, leaf.boost, tokenize=False)
            return self._terms(fieldname, text, wq.Wildcard, leaf.boost, tokenize=False)
        if isinstance(leaf, Phrase):
            if field.analyzer:
                words = [t.text for t in field.tokenize(leaf.text, mode="query", chars=True)]
            else:
                words = list(field.process_text(leaf.text, mode="query"))
            return wq.Phrase(fieldname, words, slop=leaf.slop, boost=leaf.boost)
        start = _one_text(field, leaf.start)
        end = _one_text(field, leaf.end)
        return wq.TermRange(
            fieldname, start, end, startexcl=leaf.start_excluded, endexcl=leaf.end_excluded, boost=leaf.boost
        )

    def _terms(
        self, fieldname: str, text: str, termclass: Callable[..., wq.Query], boost: float, tokenize: bool
    ) -> wq.Query | None:
        field = self.schema[fieldname]
        texts = list(field.process_text(text, mode="query", tokenize=tokenize, removestops=tokenize))
        if not texts:
            return None  # a stopword
        if len(texts) > 1:
            return wq.And([termclass(fieldname, t, boost=boost) for t in texts])
        return termclass(fieldname, texts[0], boost=boost)


def _one_text(field: object, text: str | None) -> str | None:
    if text is None:
        return None
    process = getattr(field, "process_text", None)
    if process is None:
        return text
    texts = list(process(text, mode="query", tokenize=False, removestops=False))
    return texts[0] if texts else text


def date_query(dates: Dates) -> wq.Query:
    """A day is a term, a month or year a prefix, a range a term range (inclusive)."""
    if is_one_span(dates) and dates.start is not None:
        if len(dates.start) == 10:
            return wq.Term("date", dates.start)
        return wq.Prefix("date", dates.start)
    return wq.TermRange("date", dates.start, dates.end, startexcl=False, endexcl=False)


def query_terms(query: wq.Query) -> frozenset[str]:
    """The analysed terms a query looks for in text fields (stems, folded): what snippets light up."""
    terms: set[str] = set()
    for fieldname, text in query.iter_all_terms():
        if fieldname.startswith(TEXT_FIELDS) or fieldname == "title":
            terms.add(text.decode("utf-8") if isinstance(text, bytes) else str(text))
    return frozenset(terms)
