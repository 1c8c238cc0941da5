"""One reader of the noun phrase that names people the page never names (``seorang pejabat
Kementerian X``, ``para pegawai``, ``an X user``): both what the running passage does with such a
speaker (:mod:`.unnamed`, nobody goes on through them) and how the statement shows them
(:mod:`.group_speaker`, the page's noun) read it here, so the two cannot disagree on where it ends
or what heads it."""

from __future__ import annotations

from collections.abc import Callable

from .lexicon import lexicon
from .runs import joined_gap
from .text import Token

__all__ = ["GROUP_HEADS", "group_phrase", "names_a_group"]

# the head of a phrase naming people the text does not name: a crowd, a kind of person, a role
GROUP_HEADS = ("crowd", "person_kind", "person_noun", "role", "occupation")


def group_phrase(
    body: str, toks: list[Token], start: int, closers: tuple[str, ...], *, after: bool
) -> list[Token]:
    """The words of the noun phrase from ``toks[start]``: up to a comma or another stop between
    words, a closing word of one of the lexicon's ``closers`` classes, or a verb. ``after``: the
    gap from the word before ``start`` (a quantifier) must be joined too."""
    lex = lexicon()
    words: list[Token] = []
    for k in range(start, len(toks)):
        tok = toks[k]
        prev = words[-1] if words else (toks[k - 1] if after and k > 0 else None)
        if prev is not None and not joined_gap(body, prev, tok.start):
            break  # "kata seorang staf Kemenkeu, Senin (3/2)": the comma ends it
        if lex.is_any(tok.text, closers) or lex.is_verb(tok.text):
            break
        words.append(tok)
    return words


def names_a_group(words: list[str], is_person: Callable[[str], bool]) -> bool:
    """Whether the phrase's words (as shown) are headed by a lower-case noun for people and their
    capitalised words name no person (``kata kerabat Fulan`` is a relative of someone named)."""
    lex = lexicon()
    if not any(w[:1].islower() and lex.is_any(w, GROUP_HEADS) for w in words):
        return False
    named = " ".join(w for w in words if w[:1].isupper())
    return not (named and is_person(named))
