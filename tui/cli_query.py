"""Say what is wrong with a plain search before it quietly finds nothing.

The query parser (``kutip.index.query``) is lenient: ``title:(``, ``date:2024-02-30``
and ``speaker:x`` in an article search parse, match nothing and print "0 results".
These checks catch the mistakes people make and word them in one line; anything
else is left to the parser, whose :class:`QueryError` is reported the same way.
"""

from __future__ import annotations

import calendar
import re

from kutip.tui.cli_common import EXIT_USAGE, CliError

_FIELD = re.compile(r'(?:^|(?<=[\s(]))([A-Za-z_]+):("[^"]*"?|[^\s()]*)')
_FULL_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
# Fields of statements, which an article search does not hold; the command that searches them.
_STATEMENT_FIELDS = {
    "speaker": "kutip quotes --speaker {value}",
    "kind": "kutip quotes --kind {value}",
    "via": "the reader's statement search (Ctrl+T)",
}


def _blank_quotes(text: str) -> str:
    return re.sub(r'"[^"]*"', lambda m: " " * len(m.group()), text)


_FIELD_ALIASES = {"organisation": "org", "organization": "org"}


def check_article_query(query: str) -> str:
    """The query with field aliases (``organisation:`` is ``org:``) spelled the parser's way.

    Raises a one-line :class:`CliError` (exit 2) for a query that cannot mean what was typed.
    """
    if query.count('"') % 2:
        raise CliError('the query has a " that is not closed', EXIT_USAGE)
    bare = _blank_quotes(query)
    depth = 0
    for char in bare:
        depth += {"(": 1, ")": -1}.get(char, 0)
        if depth < 0:
            raise CliError("the query has a ')' with no '(' before it", EXIT_USAGE)
    if depth:
        raise CliError("the query has a '(' that is not closed", EXIT_USAGE)
    for match in _FIELD.finditer(query):
        if bare[match.start()] == " ":  # inside a quoted phrase
            continue
        name, value = match.group(1), match.group(2)
        field = name.lower()
        if name.isupper() and field not in _STATEMENT_FIELDS:
            continue  # AND:, OR: are not fields
        if not value.strip('"'):
            example = f'{field}:word or {field}:"two words"'
            raise CliError(f"'{name}:' needs a value, as in {example}", EXIT_USAGE)
        if field in _STATEMENT_FIELDS:
            where = _STATEMENT_FIELDS[field].format(value=value)
            raise CliError(f"'{name}:' searches statements, not articles: use {where}", EXIT_USAGE)
        if field == "date":
            for bound in value.strip('"').split(".."):
                _check_date(bound)
    return _FIELD.sub(lambda m: _spelled(m, bare), query)


def _spelled(match: re.Match[str], bare: str) -> str:
    name = match.group(1)
    if bare[match.start()] == " ":  # inside a quoted phrase: words, not a field
        return match.group()
    return f"{_FIELD_ALIASES.get(name.lower(), name)}:{match.group(2)}"


def _check_date(bound: str) -> None:
    match = _FULL_DATE.match(bound)
    if not match:
        return  # other shapes are the parser's to judge
    year, month, day = (int(part) for part in match.groups())
    if 1 <= month <= 12 and day > calendar.monthrange(year, month)[1]:
        days = calendar.monthrange(year, month)[1]
        raise CliError(
            f"bad date '{bound}': {calendar.month_name[month]} {year} has {days} days", EXIT_USAGE
        )
    if day == 0:
        raise CliError(f"bad date '{bound}': days start at 01", EXIT_USAGE)
