"""Names the body itself introduces as a band, an app or an airline, so that none of them speaks.

The recogniser reads a one-word band name as a person (``Grup musik asal Inggris, Fulanband,
akan menggelar konser``); a pronoun after it (``ujarnya``) then goes to the band, not to the
minister who spoke. The head noun right before the name, or before its apposition, says what
it is.
"""

from __future__ import annotations

from .lexicon import lexicon
from .text import Token, tokens

_LOOK_BACK = 60  # characters read before a name for the noun that introduces it
_APPOSED_WORDS = 4  # "grup musik asal Inggris, X": the noun a few words before the comma


def introduced_as_group(body: str, start: int) -> bool:
    """Whether a group noun introduces the name at ``start``: right before it (``band
    Fulanband``), or a few words before the comma that sets it off (``grup musik asal Inggris,
    Fulanband``), in the same sentence."""
    lex = lexicon()
    before = tokens(body, max(0, start - _LOOK_BACK), start)
    if not before:
        return False
    gap = body[before[-1].end : start]
    if not gap.strip(" \u00a0"):
        return lex.is_a(before[-1].text, "group_noun")
    if gap.strip(" \u00a0") != ",":
        return False
    words: list[Token] = []
    for k in range(len(before) - 1, -1, -1):
        tok = before[k]
        between = body[tok.end : before[k + 1].start] if k + 1 < len(before) else ""
        if between.strip(" \u00a0") or len(words) == _APPOSED_WORDS:
            break
        words.append(tok)
    words.reverse()
    # "Direktur Contoh Group, Fulan": a capitalised group noun after a capitalised word closes a
    # company's name, and the name after the comma is its officer's
    return any(
        lex.is_a(w.text, "group_noun") and not (w.capitalised and k and words[k - 1].capitalised)
        for k, w in enumerate(words)
    )
