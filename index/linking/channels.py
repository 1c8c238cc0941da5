"""The channel a quote was taken from, read from the words around it.

"..., kata Nicke, dikutip dari akun Instagram-nya" is a post, not the remark the same
person made to reporters the day before in nearly the same words. A quote whose
attribution names a channel (social media, a written statement: the phrases are
language data in ``index/data/linking_channels.tsv``) is linked only with quotes from
the same channel; one without is taken as spoken.
"""

from __future__ import annotations

import re
from functools import cache

from kutip.index.language import lines

__all__ = ["attribution", "channel_of"]

_BEFORE = 160  # characters before the quote searched for "Melalui akun Instagram-nya, ..."
_AFTER = 200  # characters after it, up to the end of the attribution's sentence
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n")


@cache
def _pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    table: dict[str, str] = {}
    for line in lines("linking_channels.tsv"):
        phrase, _, channel = line.partition("\t")
        table[" ".join(phrase.casefold().split())] = channel.strip()
    alternatives = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(table, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)"), table


def attribution(body: str, start: int, end: int) -> str:
    """The words around the quote at ``body[start:end]`` in its own sentence, the quote left out:
    the lead-in before it and the attribution after it, where reporters name channel, occasion and day."""
    after = body[end : end + _AFTER]
    cut = _SENTENCE_END.search(after)
    after = after[: cut.start()] if cut else after
    before = body[max(0, start - _BEFORE) : start]
    ends = list(_SENTENCE_END.finditer(before))
    before = before[ends[-1].end() :] if ends else before
    return f"{before} {after}"


_SPOKEN = "spoken"  # a recording or broadcast of the remark: spoken, even if "uploaded" is said too


def channel_of(body: str, start: int, end: int) -> str:
    """``social``, ``written`` or ``""`` for the quote at ``body[start:end]``."""
    pattern, table = _pattern()
    named = [
        table.get(" ".join(m.group(0).split()), "")
        for m in pattern.finditer(attribution(body, start, end).casefold())
    ]
    if not named or _SPOKEN in named:
        return ""
    return named[0]
