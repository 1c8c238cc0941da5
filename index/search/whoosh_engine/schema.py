"""The Whoosh schema: what is searchable, what the result list needs stored.

Only ``id`` is kept, and it is not indexed: nothing looks a document up by id,
and an indexed id was one term (a posting block of its own) per document, about 9
per article, one per statement. It is a column of UTF-8 bytes (:class:`IdColumn`), not
a stored field: Whoosh pickles and zlib-compresses each stored value apart, about 60
bytes a document for an 18-character id, 28 more than the column. Every other value
(bodies, titles, paths, speakers) is read from the document store. Titles are indexed
once, in the article's language fields (``title:`` searches those); a neutral copy
doubled their terms. Bump
``SCHEMA_VERSION`` when fields change: an archive with another version has its
search index rebuilt from the document store (no re-analysis).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from whoosh.columns import VarBytesColumn
from whoosh.fields import COLUMN, ID, KEYWORD, TEXT, Schema
from whoosh.searching import Searcher

from kutip.index.search.stemming import LANGUAGES
from kutip.index.search.whoosh_engine.analysis import language_analyzer, neutral_analyzer

SCHEMA_VERSION = 6  # 6: ids in a column, no date column (5: ids stored only, one title field per language)
TITLE_BOOST = 3.0


def title_field(lang: str) -> str:
    return f"title_{lang}"


def body_field(lang: str) -> str:
    return f"body_{lang}"


def said_field(lang: str) -> str:
    """A statement's words: apart from article bodies, so neither search reads the other's postings."""
    return f"said_{lang}"


def statement_search_fields() -> list[str]:
    """Fields an unqualified word searches among statements."""
    return [said_field(lang) for lang in LANGUAGES]


def title_fields() -> list[str]:
    """Fields ``title:`` searches: the title in each language's analysis."""
    return [title_field(lang) for lang in LANGUAGES]


def searchable_fields() -> list[str]:
    """Fields an unqualified query word searches, titles first."""
    return title_fields() + [body_field(lang) for lang in LANGUAGES]


class IdColumn(COLUMN):  # type: ignore[misc]  # Whoosh is untyped
    """A document's id as a column of its UTF-8 bytes: written from a ``str``, read back as one."""

    def __init__(self) -> None:
        super().__init__(VarBytesColumn())

    def to_bytes(self, value: Any) -> bytes:
        return value.encode("utf-8") if isinstance(value, str) else bytes(value)

    def from_bytes(self, value: bytes) -> str:
        return value.decode("utf-8")


def id_reader(searcher: Searcher) -> Callable[[int], str]:
    """The id of a document number of ``searcher``'s index, from its column, or from the stored
    fields of an index written before it (its search index is rebuilt at the next ``index``)."""
    reader = searcher.reader()
    if not reader.doc_count_all():  # an empty index's reader has no columns (and no documents)
        return lambda docnum: ""
    if isinstance(searcher.schema["id"], COLUMN):
        column = reader.column_reader("id")
        return lambda docnum: str(column[docnum])
    return lambda docnum: str(searcher.stored_fields(docnum)["id"])


def build_schema() -> Schema:
    language_fields: dict[str, TEXT] = {}
    for lang in LANGUAGES:
        analyzer = language_analyzer(lang)
        language_fields[title_field(lang)] = TEXT(analyzer=analyzer, field_boost=TITLE_BOOST)
        language_fields[body_field(lang)] = TEXT(analyzer=analyzer, phrase=True)
        language_fields[said_field(lang)] = TEXT(analyzer=analyzer, phrase=True)
    return Schema(
        doctype=ID(),
        id=IdColumn(),
        source=ID(),
        outlet=TEXT(analyzer=neutral_analyzer(), phrase=True),
        author=TEXT(analyzer=neutral_analyzer()),
        lang=ID(),
        date=ID(),  # no column: nothing sorts by it (its terms serve date: ranges)
        person=KEYWORD(lowercase=True, commas=True, scorable=True),
        org=KEYWORD(lowercase=True, commas=True, scorable=True),
        place=KEYWORD(lowercase=True, commas=True, scorable=True),
        article=ID(),
        kind=ID(),
        speaker=TEXT(analyzer=neutral_analyzer()),
        via=TEXT(analyzer=neutral_analyzer()),
        **language_fields,
    )
