"""Mistakes in a typed query, caught before parsing and worded in one line.

A lenient parser would accept ``title:(``, ``date:2024-02-30`` and ``speaker:x`` in an
article search, match nothing and say nothing. :func:`check_query` catches those first,
so the CLI and the reader's search bar (both through the façade) report the same
:class:`QueryError`. Date values are turned into :class:`~kutip.index.search.tree.Dates`
here too, because the same rules decide what a date may look like.
"""

from __future__ import annotations

import calendar
import re

from kutip.index.search.tree import Dates


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
STATEMENT_FIELDS = {
    "speaker": "kutip quotes --speaker {value} (or the reader's statement search, Ctrl+T)",
    "kind": "kutip quotes --kind {value} (or the reader's statement search, Ctrl+T)",
    "via": "the reader's statement search (Ctrl+T)",
}
"""Fields only statements hold, and where to search them instead of an article search."""
FIELD_ALIASES = {"organisation": "org", "organization": "org"}
"""Other spellings people type for a field: both English spellings of ``org:`` work."""
DATE_HELP = "dates look like 2024, 2024-11, 2024-11-15 or 2024-10-01..2024-11-30"

_FIELD_PREFIX = re.compile(r"(?:^|(?<=[\s(]))([A-Za-z_]+):(?=\S)")
_FIELD = re.compile(r'(?:^|(?<=[\s(]))([A-Za-z_]+):("[^"]*"?|[^\s()]*)')
_PARTIAL_DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
_FULL_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")


def outside_quotes(text: str) -> str:
    """The query with quoted phrases blanked, so field checks ignore their contents."""
    return re.sub(r'"[^"]*"?', lambda m: " " * len(m.group()), text)


def check_fields(text: str, known: tuple[str, ...] = USER_FIELDS) -> None:
    """Raise for a ``name:`` that is no field (``AND:``, ``OR:`` are operators, not fields)."""
    for match in _FIELD_PREFIX.finditer(outside_quotes(text)):
        name = match.group(1)
        if name.lower() not in known and not name.isupper():
            raise QueryError(f"unknown field '{name}:' (fields: {', '.join(known)})")


def check_query(query: str, statements: bool = False) -> str:
    """The query with field aliases spelled the parser's way (``organisation:`` is ``org:``).

    Raises a one-line :class:`QueryError` for a query that cannot mean what was typed:
    an unclosed quote or bracket, a field with no value, an impossible date, or (in an
    article search, ``statements`` false) a field only statements have.
    """
    if query.count('"') % 2:
        raise QueryError('the query has a " that is not closed')
    bare = outside_quotes(query)
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
        return  # other shapes are judged by date_span
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


def date_span(value: str) -> Dates:
    """``2024``, ``2024-11``, ``2024-11-15``, ``a..b``, ``a..`` or ``..b`` as the dates they cover."""
    value = value.strip()
    if ".." in value:
        low, _, high = value.partition("..")
        if not low and not high:
            raise QueryError(f"bad date range '{value}': {DATE_HELP}")
        start = _date_bound(low, upper=False) if low else None
        end = _date_bound(high, upper=True) if high else None
        if start and end and start > end:
            raise QueryError(f"date range '{value}' ends before it starts")
        return Dates(start, end, value)
    return Dates(_date_bound(value, upper=False), _date_bound(value, upper=True), value)


def is_one_span(dates: Dates) -> bool:
    """True when ``dates`` is one typed date (a day, month or year), not a range."""
    return ".." not in dates.typed and dates.start is not None
