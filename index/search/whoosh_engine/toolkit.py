"""What kutip borrows from Whoosh's language toolkit, engine aside: Porter's English stemmer
and the folding of words (tokens, lower case, accents). Archives record stems made this way,
so another engine keeps these pure-Python pieces (or ports them unchanged) rather than its own.
"""

from __future__ import annotations

import re

from whoosh.analysis import Analyzer, CharsetFilter, LowercaseFilter, RegexTokenizer
from whoosh.lang.porter import stem as porter_stem
from whoosh.support.charset import accent_map

__all__ = ["ONE_FOR_ONE_ACCENTS", "folded_tokens", "folding", "porter_stem"]

# Words, keeping inner dots and apostrophes together ("Liputan6.com", "Korea's").
TOKEN_PATTERN = r"\w+(?:[.'’]\w+)*"
ONE_FOR_ONE_ACCENTS = {k: v for k, v in accent_map.items() if isinstance(v, str) and len(v) == 1}
"""Accented letters that fold to one letter: folding keeps offsets where text has only these."""


def folding() -> Analyzer:
    """Words of a text, lower-cased and without accents."""
    return RegexTokenizer(TOKEN_PATTERN) | LowercaseFilter() | CharsetFilter(accent_map)


_TOKEN = re.compile(TOKEN_PATTERN)


def folded_tokens(text: str) -> list[str]:
    """The texts of :func:`folding`'s tokens, in order, without Whoosh's chain of generators over
    one token object (three Python frames a word): each word lowered, then its accents folded,
    one word at a time (lowering the whole text first would split words at ``İ``, which lowers to
    ``i`` and a combining dot)."""
    return [word.lower().translate(accent_map) for word in _TOKEN.findall(text)]
