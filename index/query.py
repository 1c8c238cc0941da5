"""The query language: Whoosh's syntax, plus date ranges and friendly errors.

Whoosh's own date parsing gets partial dates and ranges wrong, so ``date:``
terms are parsed by Whoosh as plain text and rebuilt here as term ranges over
the ``yyyy-mm-dd`` strings stored in the ``date`` field.
"""

from __future__ import annotations

import re

from whoosh import qparser
from whoosh.fields import Schema
from whoosh.query import And, Every, NullQuery, Prefix, Query, Term, TermRange, Wildcard

from kutip.index.schema import searchable_fields


class QueryError(ValueError):
    """A query the user typed cannot be understood; the message is one line."""


USER_FIELDS = (
    "title",
    "outlet",
    "author",
    "lang",
    "date",
    "person",
    "org",
    "place",
    "speaker",
    "kind",
    "via",
)
_FIELD_PREFIX = re.compile(r"(?:^|(?<=[\s(]))([A-Za-z_]+):(?=\S)")
_PARTIAL_DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
DATE_HELP = "dates look like 2024, 2024-11, 2024-11-15 or 2024-10-01..2024-11-30"


def _outside_quotes(text: str) -> str:
    """The query with quoted phrases blanked, so field checks ignore their contents."""
    return re.sub(r'"[^"]*"?', lambda m: " " * len(m.group()), text)


def _check_fields(text: str, known: tuple[str, ...]) -> None:
    for match in _FIELD_PREFIX.finditer(_outside_quotes(text)):
        name = match.group(1)
        if name.lower() not in known and not name.isupper():  # AND:, OR: are not fields
            raise QueryError(f"unknown field '{name}:' (fields: {', '.join(known)})")


def _date_bound(value: str, upper: bool) -> str:
    parts = value.split("-")
    if (
        not _PARTIAL_DATE.match(value)
        or (len(parts) > 1 and not 1 <= int(parts[1]) <= 12)
        or (len(parts) > 2 and not 1 <= int(parts[2]) <= 31)
    ):
        raise QueryError(f"bad date '{value}': {DATE_HELP}")
    if upper:
        return value + "-99-99"[len(value) - 4 :] if len(value) < 10 else value
    return value


def date_query(value: str) -> Query:
    """``2024``, ``2024-11``, ``2024-11-15``, ``a..b``, ``a..`` or ``..b`` as a query on ``date``."""
    value = value.strip()
    if ".." in value:
        low, _, high = value.partition("..")
        if not low and not high:
            raise QueryError(f"bad date range '{value}': {DATE_HELP}")
        start = _date_bound(low, upper=False) if low else None
        end = _date_bound(high, upper=True) if high else None
        if start and end and start > end:
            raise QueryError(f"date range '{value}' ends before it starts")
        return TermRange("date", start, end, startexcl=False, endexcl=False)
    bound = _date_bound(value, upper=False)
    return Term("date", bound) if len(bound) == 10 else Prefix("date", bound)


def _rewrite(query: Query) -> Query:
    field = getattr(query, "fieldname", None)
    if field == "date" and isinstance(query, (Term, Prefix, Wildcard)):
        return date_query(str(query.text))
    if field in ("lang", "kind") and isinstance(query, Term):
        return Term(field, str(query.text).lower())
    return query.apply(_rewrite)


class QueryParser:
    """Parses the user's query text into an engine query."""

    def __init__(
        self, schema: Schema, extra_fields: tuple[str, ...] = (), fields: list[str] | None = None
    ) -> None:
        self.known = USER_FIELDS + extra_fields
        self._parser = qparser.MultifieldParser(fields or searchable_fields(), schema)
        self._parser.remove_plugin_class(qparser.WildcardPlugin)
        self._parser.add_plugin(qparser.WildcardPlugin())

    def parse(self, text: str) -> Query:
        text = text.strip()
        if not text:
            raise QueryError("empty query")
        _check_fields(text, self.known)
        try:
            parsed = self._parser.parse(text)
        except QueryError:
            raise
        except Exception as error:  # Whoosh raises many kinds; the user needs one line
            raise QueryError(f"cannot understand the query: {error}") from None
        try:
            query = _rewrite(parsed)
        except QueryError:
            raise
        except Exception as error:
            raise QueryError(f"cannot understand the query: {error}") from None
        if query is NullQuery:
            raise QueryError("the query has only stopwords or nothing searchable")
        return query


def only_articles(query: Query) -> Query:
    return And([query, Term("doctype", "article")])


def everything() -> Query:
    return Every()
