"""The Whoosh schema: what is searchable, what the result list needs stored.

Only ``id`` is stored, and it is not indexed: nothing looks a document up by id,
and an indexed id was one term (a posting block of its own) per document, about 9
per article, one per statement. Every other value (bodies, titles, paths, speakers)
is read from the document store. Titles are indexed once, in the article's language
fields (``title:`` searches those); a neutral copy doubled their terms. Bump
``SCHEMA_VERSION`` when fields change: an archive with another version has its
search index rebuilt from the document store (no re-analysis).
"""

from __future__ import annotations

from whoosh.fields import ID, KEYWORD, STORED, TEXT, Schema

from kutip.index.search.stemming import LANGUAGES
from kutip.index.search.whoosh_engine.analysis import language_analyzer, neutral_analyzer

SCHEMA_VERSION = 5  # 5: ids stored only, one title field per language (4: stemmers' module path)
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


def build_schema() -> Schema:
    language_fields: dict[str, TEXT] = {}
    for lang in LANGUAGES:
        analyzer = language_analyzer(lang)
        language_fields[title_field(lang)] = TEXT(analyzer=analyzer, field_boost=TITLE_BOOST)
        language_fields[body_field(lang)] = TEXT(analyzer=analyzer, phrase=True)
        language_fields[said_field(lang)] = TEXT(analyzer=analyzer, phrase=True)
    return Schema(
        doctype=ID(),
        id=STORED(),
        source=ID(),
        outlet=TEXT(analyzer=neutral_analyzer(), phrase=True),
        author=TEXT(analyzer=neutral_analyzer()),
        lang=ID(),
        date=ID(sortable=True),
        person=KEYWORD(lowercase=True, commas=True, scorable=True),
        org=KEYWORD(lowercase=True, commas=True, scorable=True),
        place=KEYWORD(lowercase=True, commas=True, scorable=True),
        article=ID(),
        kind=ID(),
        speaker=TEXT(analyzer=neutral_analyzer()),
        via=TEXT(analyzer=neutral_analyzer()),
        **language_fields,
    )
