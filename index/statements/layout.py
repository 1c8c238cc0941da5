"""Which lines of a body are headlines, captions or labels rather than running prose.

Scraped articles keep their title, photo captions and section labels as lines of the body,
written in Title Case (``Fulan Hidayat Menunjukkan Data``). Names read there run into the
words after them, and nobody speaks or acts in them, so name and subject readers skip them.
"""

from __future__ import annotations

import bisect
import re

from .lexicon import lexicon
from .text import tokens

_MIN_CONTENT_WORDS = 3
_MIN_CAPITALISED_SHARE = 0.8
_SHORT_WORD = 3  # "di", "dan", "of": short joining words are lower case in Title Case too
_QUOTE_MARKS = frozenset('"“”„«»')
_PROSE_ENDS = (".", "!", "?", ",", ";")


class Headlines:
    """The Title Case lines of a body, answering "is this offset in one?" by bisection."""

    def __init__(self, body: str, paras: list[tuple[int, int]]) -> None:
        self.spans = [(s, e) for s, e in paras if is_headline(body, s, e)]
        self._starts = [s for s, _e in self.spans]

    def covers(self, pos: int) -> bool:
        k = bisect.bisect_right(self._starts, pos) - 1
        return k >= 0 and self.spans[k][0] <= pos < self.spans[k][1]


def is_headline(body: str, start: int, end: int) -> bool:
    """Most content words capitalised: a title, a caption or a label, not a sentence of prose."""
    lex = lexicon()
    text = body[start:end].rstrip()
    if any(c in text for c in _QUOTE_MARKS) or text.endswith(_PROSE_ENDS):
        return False  # a quotation or a closing full stop: prose, however many names it holds
    content = [
        t
        for t in tokens(body, start, end)
        if t.text[:1].isalpha() and len(t.text) > _SHORT_WORD and not lex.is_a(t.text, "function")
    ]
    if len(content) < _MIN_CONTENT_WORDS:
        return False
    capitalised = sum(1 for t in content if t.capitalised)
    return capitalised >= _MIN_CAPITALISED_SHARE * len(content)


def written_in_prose(body: str, headlines: Headlines, words: list[str]) -> list[str]:
    """A name as long as the prose writes it: ``Fulan Hidayat Tunjukkan Data`` read from a
    caption is ``Fulan Hidayat`` when only that much of it appears outside titles, and a
    subheading ``Pesan Fulan Hidayat`` ("Fulan Hidayat's message") is ``Fulan Hidayat``.
    The longest run of its words the prose writes wins, the leftmost among equals."""
    for n in range(len(words), 0, -1):
        for first in range(len(words) - n + 1):
            part = words[first : first + n]
            pattern = rf"(?<!\w){re.escape(' '.join(part))}(?!\w)"
            if any(not headlines.covers(m.start()) for m in re.finditer(pattern, body)):
                return part
    return words
