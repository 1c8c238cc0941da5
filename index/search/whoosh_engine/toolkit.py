"""What kutip borrows from Whoosh's language toolkit, engine aside: Porter's English stemmer
and the folding of words (tokens, lower case, accents). Archives record stems made this way,
so another engine keeps these pure-Python pieces (or ports them unchanged) rather than its own.
"""

from __future__ import annotations

from whoosh.analysis import Analyzer, CharsetFilter, LowercaseFilter, RegexTokenizer
from whoosh.lang.porter import stem as porter_stem
from whoosh.support.charset import accent_map

__all__ = ["ONE_FOR_ONE_ACCENTS", "folding", "porter_stem"]

# Words, keeping inner dots and apostrophes together ("Liputan6.com", "Korea's").
TOKEN_PATTERN = r"\w+(?:[.'’]\w+)*"
ONE_FOR_ONE_ACCENTS = {k: v for k, v in accent_map.items() if isinstance(v, str) and len(v) == 1}
"""Accented letters that fold to one letter: folding keeps offsets where text has only these."""


def folding() -> Analyzer:
    """Words of a text, lower-cased and without accents."""
    return RegexTokenizer(TOKEN_PATTERN) | LowercaseFilter() | CharsetFilter(accent_map)
