"""A long office in lower case before its holder's name in a name-first cue (English news).

``"…," the chair of the school's supervisory council Dr Fulan said``: the phrase before the verb
runs past the few words a name takes, yet it is one run of words with no comma or stop, and it
ends in a person the recogniser found, so that person is the subject.
"""

from __future__ import annotations

from itertools import pairwise

from .lexicon import lexicon
from .names import NameBook
from .text import Token

# words that make the name after them someone other than the subject ("a spokesman for the board
# led by Fulan said"): the subject is whoever acts for or with that person
_NOT_HOLDER = frozenset({"by", "for", "with", "to", "from", "oleh", "untuk", "dengan"})
_STOPS = ',.;:!?"“”'


def holder_ends(book: NameBook, toks: list[Token], k: int) -> bool:
    """Whether ``toks[:k]``, the words before the verb ``toks[k]``, are one run of an office
    ending in its holder (see the module)."""
    lex = lexicon()
    if not (toks[k - 1].capitalised and book.person_mention_at(toks[k - 1].start)):
        return False
    if any(t.text in _NOT_HOLDER or lex.is_a(t.text, "proxy") for t in toks[:k]):
        return False
    return not any(any(c in _STOPS for c in book.body[a.end : b.start]) for a, b in pairwise(toks[: k + 1]))
