"""The one folding rule behind every word lookup: case, curly apostrophes and accents fold away.

Word lists, gazetteers, typed names and body tokens all meet through this function, so
"Piñas", "PIÑAS" and "pinas" are one key, and "O’Brien" matches "O'Brien".
"""

from __future__ import annotations

import unicodedata

__all__ = ["fold"]


def fold(text: str) -> str:
    """Case-folded form without accents, with curly apostrophes made straight."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.casefold().replace("’", "'"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))
