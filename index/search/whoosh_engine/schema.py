"""The Whoosh schema: what is searchable, what the result list needs stored.

Only ``id`` is stored: every other value (bodies, titles, paths, speakers) is
read from the document store, and storing it here again cost disk and writer
time (about 9 documents per article: one per statement). Bump ``SCHEMA_VERSION`` when
fields change: an archive with another version is rebuilt from its sources.
"""

from __future__ import annotations

from whoosh.fields import ID, KEYWORD, TEXT, Schema

from kutip.index.search.stemming import LANGUAGES
from kutip.index.search.whoosh_engine.analysis import language_analyzer, neutral_analyzer

SCHEMA_VERSION = 4  # 4: analysers pickle their stemmers from kutip.index.search.stemming
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


def searchable_fields() -> list[str]:
    """Fields an unqualified query word searches, titles first."""
    return [title_field(lang) for lang in LANGUAGES] + [body_field(lang) for lang in LANGUAGES]


def build_schema() -> Schema:
    language_fields: dict[str, TEXT] = {}
    for lang in LANGUAGES:
        analyzer = language_analyzer(lang)
        language_fields[title_field(lang)] = TEXT(analyzer=analyzer, field_boost=TITLE_BOOST)
        language_fields[body_field(lang)] = TEXT(analyzer=analyzer, phrase=True)
        language_fields[said_field(lang)] = TEXT(analyzer=analyzer, phrase=True)
    return Schema(
        doctype=ID(),
        id=ID(stored=True, unique=True),
        source=ID(),
        title=TEXT(analyzer=neutral_analyzer(), field_boost=TITLE_BOOST),
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
