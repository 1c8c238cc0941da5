"""The query language: Whoosh's syntax, plus date ranges and friendly errors.

Whoosh's own date parsing gets partial dates and ranges wrong, so ``date:``
terms are parsed by Whoosh as plain text and rebuilt here as term ranges over
the ``yyyy-mm-dd`` strings stored in the ``date`` field.

Whoosh's parser is also lenient: ``title:(``, ``date:2024-02-30`` and ``speaker:x``
in an article search parse, match nothing and say nothing. :func:`check_query`
catches those mistakes first and words them in one line, so the CLI and the
reader's search bar (both through the façade) report the same :class:`QueryError`.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence

from whoosh import qparser
from whoosh.fields import Schema
from whoosh.query import NullQuery, Prefix, Query, Term, TermRange, Wildcard

from kutip.index.models import Span
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


_FIELD = re.compile(r'(?:^|(?<=[\s(]))([A-Za-z_]+):("[^"]*"?|[^\s()]*)')
_FULL_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
STATEMENT_FIELDS = {
    "speaker": "kutip quotes --speaker {value} (or the reader's statement search, Ctrl+T)",
    "kind": "kutip quotes --kind {value} (or the reader's statement search, Ctrl+T)",
    "via": "the reader's statement search (Ctrl+T)",
}
"""Fields only statements hold, and where to search them instead of an article search."""
FIELD_ALIASES = {"organisation": "org", "organization": "org"}
"""Other spellings people type for a field: both English spellings of ``org:`` work."""


def check_query(query: str, statements: bool = False) -> str:
    """The query with field aliases spelled the parser's way (``organisation:`` is ``org:``).

    Raises a one-line :class:`QueryError` for a query that cannot mean what was typed:
    an unclosed quote or bracket, a field with no value, an impossible date, or (in an
    article search, ``statements`` false) a field only statements have.
    """
    if query.count('"') % 2:
        raise QueryError('the query has a " that is not closed')
    bare = _outside_quotes(query)
    depth = 0
    for char in bare:
        depth += {"(": 1, ")": -1}.get(char, 0)
        if depth < 0:
            raise QueryError("the query has a ')' with no '(' before it")
    if depth:
        raise QueryError("the query has a '(' that is not closed")
    for match in _FIELD.finditer(query):
        if bare[match.start()] == " ":  # inside a quoted phrase
            continue
        name, value = match.group(1), match.group(2)
        field = name.lower()
        if name.isupper() and field not in STATEMENT_FIELDS:
            continue  # AND:, OR: are not fields
        if not value.strip('"'):
            raise QueryError(f"'{name}:' needs a value, as in {field}:word or {field}:\"two words\"")
        if field in STATEMENT_FIELDS and not statements:
            where = STATEMENT_FIELDS[field].format(value=value)
            raise QueryError(f"'{name}:' searches statements, not articles: use {where}")
        if field == "date":
            for bound in value.strip('"').split(".."):
                _check_day(bound)
    return _FIELD.sub(lambda m: _spelled(m, bare), query)


def _spelled(match: re.Match[str], bare: str) -> str:
    if bare[match.start()] == " ":  # inside a quoted phrase: words, not a field
        return match.group()
    name = match.group(1)
    return f"{FIELD_ALIASES.get(name.lower(), name)}:{match.group(2)}"


def _check_day(bound: str) -> None:
    match = _FULL_DATE.match(bound)
    if not match:
        return  # other shapes are judged by date_query
    year, month, day = (int(part) for part in match.groups())
    if not 1 <= month <= 12:
        return
    days = calendar.monthrange(year, month)[1]
    if day > days:
        raise QueryError(f"bad date '{bound}': {calendar.month_name[month]} {year} has {days} days")
    if day == 0:
        raise QueryError(f"bad date '{bound}': days start at 01")


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



_LAST_WORD = re.compile(r"(?:^|(?<=[\s(]))(?:([A-Za-z_]+):)?([^\W_][\w\-]*)$")
_NOT_PREFIXED = frozenset({"date", "lang", "kind"})
_OPERATORS = frozenset({"AND", "OR", "NOT", "ANDNOT", "ANDMAYBE"})


def typed_prefix(query: str) -> str:
    """The word :func:`as_prefix` widens ("" when it widens none)."""
    widened = as_prefix(query)
    if widened == query:
        return ""
    match = _LAST_WORD.search(query)
    return match.group(2) if match else ""


def prefix_matches(text: str, prefix: str) -> list[Span]:
    """Where words beginning with ``prefix`` occur in ``text`` (case-insensitive), to highlight."""
    if not prefix:
        return []
    pattern = re.compile(rf"(?<!\w){re.escape(prefix)}\w*", re.IGNORECASE)
    return [Span(m.start(), m.end()) for m in pattern.finditer(text)]


def as_prefix(query: str, stems: Sequence[str] = ()) -> str:
    """The query with its last word made a prefix (``ban`` finds ``banjir``), for search as you type.

    Only a bare last word still being typed is widened: not one inside a phrase, an
    operator, a date or a code; Enter runs the query as typed. ``stems`` are the stems of
    the words that begin with it (a stemmed index stores ``pemerintah`` as ``perintah``),
    searched as alternatives.
    """
    if query.count('"') % 2 or query != query.rstrip():
        return query
    match = _LAST_WORD.search(query)
    if match is None:
        return query
    field, word = match.group(1), match.group(2)
    if len(word) < 2 or word in _OPERATORS or (field and field.lower() in _NOT_PREFIXED) or word.isdigit():
        return query  # one letter would expand to half the vocabulary
    if not stems:
        return query + "*"
    alternatives = " OR ".join([f"{word}*", *(stem for stem in stems if stem.isalpha())])
    return f"{query[: match.start(2)]}({alternatives})"
