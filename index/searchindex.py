"""Old home of the Whoosh index (``SearchIndex`` is the Whoosh engine now)."""
# moved to kutip.index.search.whoosh_engine; the lead removes this after integration

from kutip.index.search.engine import SearchDamaged
from kutip.index.search.whoosh_engine.engine import WhooshEngine as SearchIndex
from kutip.index.search.whoosh_engine.store import (
    ENTITY_FIELDS,
    MERGE_TIER,
    Batch,
    article_document,
    exists,
    merge_tiers,
    statement_documents,
)

__all__ = [
    "ENTITY_FIELDS",
    "MERGE_TIER",
    "Batch",
    "SearchDamaged",
    "SearchIndex",
    "article_document",
    "exists",
    "merge_tiers",
    "statement_documents",
]
