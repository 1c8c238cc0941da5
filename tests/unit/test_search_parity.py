"""kutip's parser plus the Whoosh translation give the very queries Whoosh's own parser gave,
so ranking did not change when the query language became kutip's. (``title:`` searches the
language title fields since schema 5: what Whoosh's parser gives for the rest over those.)"""

from __future__ import annotations

import pytest
from whoosh import qparser
from whoosh.query import Query as WhooshQuery

from kutip.index.search.check import QueryError, check_query
from kutip.index.search.parse import parse_query
from kutip.index.search.whoosh_engine.schema import (
    build_schema,
    searchable_fields,
    statement_search_fields,
    title_fields,
)
from kutip.index.search.whoosh_engine.translate import Translator

QUERIES = [
    "banjir bekasi",
    "a OR b c",
    '"harga beras"~3 NOT x',
    "title:ban*",
    "(banjir OR longsor) AND bekasi ANDNOT jakarta",
    'person:"Joko Widodo"',
    "person:Jokowi",
    "apa?",
    "NOT banjir",
    "banjir AND",
    "mengatakan",
    '"kata menteri"',
    "lang:en rice",
    'outlet:"Kabar Nusantara" beras',
    "e-mail",
    "Liputan6.com",
    "org:BMKG banjir",
    "place:Bekasi",
    "banjir OR longsor OR gempa",
    "a AND b OR c",
    "beras ANDMAYBE gula",
    "pemerin*",
    "perbaikan*",  # a prefix is stemmed like a word: baik*
    "ministers*",
    "*",
    "a*b*",
    "pem?rintah",
    "yang dan banjir",
    '"catatan:penting"',
    "author:Rudi",
    "(a b) c",
    "harga (beras OR gula)",
    "kata OR said",
    "ministers said",
    "x OR",
    "OR x",
    "Jakarta, Indonesia",
    "Korea's",
    'title:"banjir bandang"',
]


def _whoosh_parser(fields: list[str]) -> qparser.QueryParser:
    parser = qparser.MultifieldParser(fields, build_schema())
    parser.remove_plugin_class(qparser.WildcardPlugin)
    parser.add_plugin(qparser.WildcardPlugin())
    return parser


def _whoosh_parsed(fields: list[str], typed: str) -> WhooshQuery:
    if typed.startswith("title:"):
        return _whoosh_parser(title_fields()).parse(typed.removeprefix("title:"))
    return _whoosh_parser(fields).parse(typed)


@pytest.fixture(scope="module")
def translator() -> Translator:
    return Translator(build_schema())


@pytest.mark.parametrize("typed", QUERIES)
def test_articles_get_the_query_whoosh_parsed(translator: Translator, typed: str) -> None:
    expected = _whoosh_parsed(searchable_fields(), typed)
    assert translator.translate(parse_query(check_query(typed))) == expected


@pytest.mark.parametrize("typed", [*QUERIES, "speaker:Sari beras", "kind:direct", "speaker:Sari perbaikan*"])
def test_statements_get_the_query_whoosh_parsed(translator: Translator, typed: str) -> None:
    expected = _whoosh_parsed(statement_search_fields(), typed)
    found = translator.translate(parse_query(check_query(typed, statements=True)), "statement")
    assert found == expected


@pytest.mark.parametrize("typed", ['"..."', '"-" "?"'])
def test_nothing_searchable_is_an_error(translator: Translator, typed: str) -> None:
    with pytest.raises(QueryError, match="nothing searchable"):
        translator.translate(parse_query(typed))


def test_title_searches_each_language_title_field(translator: Translator) -> None:
    from whoosh.query import Or, Term

    found = translator.translate(parse_query("title:banjir"))
    assert found == Or([Term("title_id", "banjir", boost=1.0), Term("title_en", "banjir", boost=1.0)])


def test_dates_are_terms_prefixes_and_ranges(translator: Translator) -> None:
    from whoosh.query import Prefix, Term, TermRange

    assert translator.translate(parse_query("date:2024-11-15")) == Term("date", "2024-11-15")
    assert translator.translate(parse_query("date:2024-11")) == Prefix("date", "2024-11")
    found = translator.translate(parse_query("date:2024-10..2024-11"))
    assert found == TermRange("date", "2024-10", "2024-11-99", startexcl=False, endexcl=False)
