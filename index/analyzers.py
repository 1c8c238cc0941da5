"""Old home of the analysers and stemmers (archives before schema 4 pickle ``stem_id`` from here)."""
# moved to kutip.index.search.stemming; the lead removes this after integration
# (the Whoosh analysers moved to kutip.index.search.whoosh_engine.analysis)

from kutip.index.search.stemming import (
    KNOWN_LIMIT,
    LANGUAGES,
    TOKEN_PATTERN,
    folded_words,
    new_stems,
    remember_stems,
    stem_en,
    stem_id,
    stems_of,
    unknown_words,
)
from kutip.index.search.whoosh_engine.analysis import language_analyzer, neutral_analyzer

__all__ = [
    "KNOWN_LIMIT",
    "LANGUAGES",
    "TOKEN_PATTERN",
    "folded_words",
    "language_analyzer",
    "neutral_analyzer",
    "new_stems",
    "remember_stems",
    "stem_en",
    "stem_id",
    "stems_of",
    "unknown_words",
]
