"""Old home of the query language."""
# moved to kutip.index.search.check; the lead removes this after integration
# (parsing to kutip.index.search.parse, search as you type to kutip.index.search.typing)

from kutip.index.search.check import (
    DATE_HELP,
    FIELD_ALIASES,
    STATEMENT_FIELDS,
    USER_FIELDS,
    QueryError,
    check_query,
    date_span,
)
from kutip.index.search.parse import parse_query
from kutip.index.search.typing import as_prefix, prefix_matches, typed_prefix

__all__ = [
    "DATE_HELP",
    "FIELD_ALIASES",
    "STATEMENT_FIELDS",
    "USER_FIELDS",
    "QueryError",
    "as_prefix",
    "check_query",
    "date_span",
    "parse_query",
    "prefix_matches",
    "typed_prefix",
]
