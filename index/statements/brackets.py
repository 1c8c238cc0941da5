"""Brackets inside a sentence's leading name phrase: where a short bracket ends, and a lead that
ran into one it did not close (an office's short form in lower case before the holder's name)."""

from __future__ import annotations

from .text import Token

_MAX_BRACKET_WORDS = 4


def before_open_bracket(body: str, lead: list[Token], nxt: Token) -> list[Token]:
    """The lead up to a bracket it ran into but did not close (``Perdagangan (dirjen indag)``:
    a lower-case role word went on, the next word stopped it inside the bracket)."""
    opened = next((n for n in range(1, len(lead)) if "(" in body[lead[n - 1].end : lead[n].start]), None)
    if opened is None or ")" in body[lead[opened - 1].end : nxt.start]:
        return lead
    return lead[:opened]


def after_bracket(body: str, toks: list[Token], k: int) -> int:
    """The index of the first word after the short bracket opening at ``toks[k]`` (len when none)."""
    for j in range(k, min(len(toks), k + _MAX_BRACKET_WORDS)):
        if ")" in body[toks[j].end : toks[j + 1].start if j + 1 < len(toks) else toks[j].end + 1]:
            return j + 1
    return len(toks)
