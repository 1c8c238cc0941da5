"""The query language: date ranges, field checks and one-line errors."""

from __future__ import annotations

import pytest
from whoosh.query import Prefix, Term, TermRange

from kutip.index.query import QueryError, QueryParser, date_query
from kutip.index.schema import build_schema


@pytest.fixture(scope="module")
def parser() -> QueryParser:
    return QueryParser(build_schema())


def test_full_date_is_a_term() -> None:
    assert date_query("2024-11-15") == Term("date", "2024-11-15")


def test_partial_dates_are_prefixes() -> None:
    assert date_query("2024-11") == Prefix("date", "2024-11")
    assert date_query("2024") == Prefix("date", "2024")


def test_range_covers_partial_ends() -> None:
    q = date_query("2024-10..2024-11")
    assert isinstance(q, TermRange)
    assert (q.start, q.end) == ("2024-10", "2024-11-99")
    assert q.startexcl is False and q.endexcl is False


def test_open_ranges() -> None:
    assert date_query("2024-10-01..").end is None  # type: ignore[attr-defined]
    assert date_query("..2024-10-01").start is None  # type: ignore[attr-defined]


@pytest.mark.parametrize("bad", ["yesterday", "2024-1", "2024-11-30..2024-10-01", "..", "24-11-01"])
def test_bad_dates_give_one_line_errors(bad: str) -> None:
    with pytest.raises(QueryError) as info:
        date_query(bad)
    assert "\n" not in str(info.value)


def test_date_terms_in_a_query_become_ranges(parser: QueryParser) -> None:
    q = parser.parse("korea date:2024-10-01..2024-11-30")
    ranges = [sub for sub in q.leaves() if isinstance(sub, TermRange)]
    assert ranges and ranges[0].fieldname == "date"


def test_lang_is_case_insensitive(parser: QueryParser) -> None:
    q = parser.parse("lang:ID")
    assert Term("lang", "id") in list(q.leaves()) or q == Term("lang", "id")


def test_unknown_field_is_an_error(parser: QueryParser) -> None:
    with pytest.raises(QueryError, match="unknown field 'speeker:'"):
        parser.parse("speeker:blinken")


def test_colons_inside_phrases_are_not_fields(parser: QueryParser) -> None:
    parser.parse('"catatan:penting"')


@pytest.mark.parametrize("bad", ["", "   "])
def test_empty_or_stopword_queries_are_errors(parser: QueryParser, bad: str) -> None:
    with pytest.raises(QueryError):
        parser.parse(bad)
