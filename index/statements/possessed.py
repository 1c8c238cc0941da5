"""A description of someone by whom they serve: ``juru bicara Presiden Fulan ini``.

With a demonstrative after it, such a phrase describes the person the article has been talking
about, by the head before the name (``juru bicara``); the name and its title (``Presiden Fulan``)
are whom that person serves, and their words must not match that other person's role.
"""

from __future__ import annotations

from .lexicon import lexicon
from .text import Token

__all__ = ["before_possessor"]


def before_possessor(toks: list[Token], persons: list[tuple[int, int, str]]) -> list[Token]:
    """The words of a determined description before a person named inside it and that person's
    capitalised title (``juru bicara`` of ``juru bicara Presiden Fulan ini``); ``toks`` itself
    when no person stands inside after a lower-case head that describes someone."""
    inside = [ms for ms, me, _n in persons if ms > toks[0].start and me < toks[-1].end]
    if not inside:
        return toks
    head = [t for t in toks if t.end <= inside[0]]
    while head and head[-1].capitalised:
        head = head[:-1]  # the possessor's title: "Presiden", "Menteri"
    lex = lexicon()
    describes = any(lex.is_a(t.text, "role") or lex.is_a(t.text, "person_noun") for t in head)
    if not head or head[0].capitalised or not describes:
        return toks
    return [*head, toks[-1]]
