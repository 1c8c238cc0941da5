"""The query language: date ranges, field checks and one-line errors."""

from __future__ import annotations

import pytest
from whoosh.query import Prefix, Term, TermRange

from kutip.index.query import QueryError, QueryParser, as_prefix, check_query, date_query
from kutip.index.schema import build_schema, searchable_fields


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
    query = parser.parse('"catatan:penting"')
    assert {field for field, _ in query.iter_all_terms()} <= set(searchable_fields())
    assert {text for _, text in query.iter_all_terms()} >= {"catatan", "penting"}


@pytest.mark.parametrize("bad", ["", "   "])
def test_empty_or_stopword_queries_are_errors(parser: QueryParser, bad: str) -> None:
    with pytest.raises(QueryError):
        parser.parse(bad)


@pytest.mark.parametrize(
    ("query", "said"),
    [
        ("title:(", "'(' that is not closed"),
        ("banjir)", "')' with no '('"),
        ('"perahu karet', "not closed"),
        ("date:2024-02-30", "February 2024 has 29 days"),
        ("date:2023-02-01..2023-02-29", "February 2023 has 28 days"),
        ("date:2024-03-00", "days start at 01"),
        ("speaker:x", "searches statements, not articles"),
        ("title:", "needs a value"),
    ],
)
def test_check_query_says_what_is_wrong(query: str, said: str) -> None:
    with pytest.raises(QueryError) as info:
        check_query(query)
    assert said in str(info.value) and "\n" not in str(info.value)


def test_statement_fields_are_fine_in_a_statement_search() -> None:
    assert check_query("speaker:sari beras", statements=True) == "speaker:sari beras"
    with pytest.raises(QueryError, match="not closed"):
        check_query("speaker:(sari", statements=True)


def test_check_query_spells_aliases_and_leaves_phrases_alone() -> None:
    assert check_query("Organisation:BMKG banjir") == "org:BMKG banjir"
    assert check_query('"kata organisation:x" date:2024-02-29') == '"kata organisation:x" date:2024-02-29'


@pytest.mark.parametrize(
    ("typed", "searched"),
    [
        ("ban", "ban*"),
        ("harga ban", "harga ban*"),
        ("title:ban", "title:ban*"),
        ("ban ", "ban "),  # a finished word is searched as typed
        ('"harga ban', '"harga ban'),  # inside an open phrase
        ("b", "b"),  # one letter would match half the vocabulary
        ("date:2024", "date:2024"),
        ("2024", "2024"),
        ("beras AND", "beras AND"),
    ],
)
def test_as_prefix_widens_only_the_word_being_typed(typed: str, searched: str) -> None:
    assert as_prefix(typed) == searched


def test_a_prefix_also_searches_the_stems_of_the_words_it_begins() -> None:
    assert as_prefix("pemerin", ["perintah"]) == "(pemerin* OR perintah)"
    assert as_prefix("banjir title:pemerin", ["perintah"]) == "banjir title:(pemerin* OR perintah)"
    assert as_prefix("banjir ", ["perintah"]) == "banjir "  # a finished word is searched as typed


def test_stems_beginning_reads_the_recorded_words_by_range() -> None:
    import sqlite3

    from kutip.index.prefixes import stems_beginning

    db = sqlite3.connect(":memory:")
    db.execute("CREATE TABLE stems (word TEXT PRIMARY KEY, stem TEXT NOT NULL) WITHOUT ROWID")
    db.executemany(
        "INSERT INTO stems VALUES (?, ?)",
        [("pemerintah", "perintah"), ("pemerintahan", "perintah"), ("pemeriksa", "periksa"), ("pasar", "pasar")],
    )
    assert stems_beginning(db, "Pemerin") == ["perintah"]
    assert stems_beginning(db, "pemeri") == ["periksa", "perintah"]
    assert stems_beginning(db, "p", limit=10) == []  # one letter: nothing
    assert stems_beginning(db, "zzz") == []
