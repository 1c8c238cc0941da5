"""The query language: kutip's own tree, date spans, field checks and one-line errors."""

from __future__ import annotations

import pytest

from kutip.index.search.check import QueryError, check_query, date_span
from kutip.index.search.parse import parse_query
from kutip.index.search.tree import (
    And,
    AndMaybe,
    AndNot,
    Dates,
    Not,
    Or,
    Pattern,
    Phrase,
    Range,
    Word,
    leaves,
)
from kutip.index.search.typing import as_prefix, typed_prefix, widen_typed


def test_full_date_is_one_day() -> None:
    assert date_span("2024-11-15") == Dates("2024-11-15", "2024-11-15", "2024-11-15")


def test_partial_dates_cover_their_whole_span() -> None:
    assert date_span("2024-11") == Dates("2024-11", "2024-11-99", "2024-11")
    assert date_span("2024") == Dates("2024", "2024-99-99", "2024")


def test_range_covers_partial_ends() -> None:
    span = date_span("2024-10..2024-11")
    assert (span.start, span.end) == ("2024-10", "2024-11-99")


def test_open_ranges() -> None:
    assert date_span("2024-10-01..").end is None
    assert date_span("..2024-10-01").start is None


@pytest.mark.parametrize("bad", ["yesterday", "2024-1", "2024-11-30..2024-10-01", "..", "24-11-01"])
def test_bad_dates_give_one_line_errors(bad: str) -> None:
    with pytest.raises(QueryError) as info:
        date_span(bad)
    assert "\n" not in str(info.value)


def test_date_terms_in_a_query_become_spans() -> None:
    tree = parse_query("korea date:2024-10-01..2024-11-30")
    assert tree == And((Word("korea"), Dates("2024-10-01", "2024-11-30", "2024-10-01..2024-11-30")))


def test_lang_and_kind_are_case_insensitive() -> None:
    assert parse_query("lang:ID") == Word("id", "lang")
    assert parse_query("kind:Direct") == Word("direct", "kind")


def test_unknown_field_is_an_error() -> None:
    with pytest.raises(QueryError, match="unknown field 'speeker:'"):
        parse_query("speeker:blinken")


def test_field_names_are_case_insensitive() -> None:
    assert parse_query("Title:banjir") == Word("banjir", "title")


def test_colons_inside_phrases_are_not_fields() -> None:
    assert parse_query('"catatan:penting"') == Phrase("catatan:penting")


@pytest.mark.parametrize("bad", ["", "   "])
def test_empty_queries_are_errors(bad: str) -> None:
    with pytest.raises(QueryError):
        parse_query(bad)


@pytest.mark.parametrize(
    ("typed", "tree"),
    [
        ("banjir bekasi", And((Word("banjir"), Word("bekasi")))),
        ("a OR b c", And((Or((Word("a"), Word("b"))), Word("c")))),  # side by side binds last
        ("a b OR c", And((Word("a"), Or((Word("b"), Word("c")))))),
        ("a OR b AND c", Or((Word("a"), And((Word("b"), Word("c")))))),  # AND before OR
        ("a AND b AND c", And((Word("a"), Word("b"), Word("c")))),
        ("NOT a b", And((Not(Word("a")), Word("b")))),
        ("(a OR b) c", And((Or((Word("a"), Word("b"))), Word("c")))),
        ("a OR b ANDNOT c", AndNot(Or((Word("a"), Word("b"))), Word("c"))),
        ("a ANDMAYBE b", AndMaybe(Word("a"), Word("b"))),
        ('"harga beras"~3', Phrase("harga beras", slop=3)),
        ('person:"Joko Widodo"', Phrase("Joko Widodo", "person")),
        ("title:ban*", Pattern("ban*", "title")),
        ("apa?", Pattern("apa?")),
        ("beras^2", Word("beras", boost=2.0)),
        ("outlet:[a TO b]", Range("outlet", "a", "b")),
        ("outlet:{a TO b]", Range("outlet", "a", "b", start_excluded=True)),
        ("banjir AND", And((Word("banjir"), Word("AND")))),  # an operator needs something on each side
        ("beras and gula", And((Word("beras"), Word("and"), Word("gula")))),  # lower case: words
    ],
)
def test_the_language_parses_into_kutips_tree(typed: str, tree: object) -> None:
    assert parse_query(typed) == tree


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


def test_the_tree_widens_the_last_word_as_the_text_would() -> None:
    typed = "banjir title:pemerin"
    tree = widen_typed(parse_query(typed), typed_prefix(typed), ["perintah"])
    assert tree == And((Word("banjir"), Or((Pattern("pemerin*", "title"), Word("perintah", "title")))))
    assert widen_typed(parse_query("banjir banjir"), "banjir") == And((Word("banjir"), Pattern("banjir*")))
    assert typed_prefix("banjir ") == "" and widen_typed(parse_query("banjir"), "") == Word("banjir")


def test_leaves_come_in_the_order_they_were_typed() -> None:
    tree = parse_query('a OR b AND "c d" NOT e')
    assert [getattr(leaf, "text", "") for leaf in leaves(tree)] == ["a", "b", "c d", "e"]


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
