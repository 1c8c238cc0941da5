"""Old home of the Whoosh schema."""
# moved to kutip.index.search.whoosh_engine.schema; the lead removes this after integration

from kutip.index.search.whoosh_engine.schema import (
    SCHEMA_VERSION,
    TITLE_BOOST,
    body_field,
    build_schema,
    said_field,
    searchable_fields,
    statement_search_fields,
    title_field,
)

__all__ = [
    "SCHEMA_VERSION",
    "TITLE_BOOST",
    "body_field",
    "build_schema",
    "said_field",
    "searchable_fields",
    "statement_search_fields",
    "title_field",
]
