"""Names the article calls a brand: "minyak goreng merek Contoh", 'oil under the brand "Contoh"'.

A product named with one or two capitalised words reads like a person's name, and is taken for the
speaker of the quotation after a sentence that ends on it. The article tells: a name it writes
right after a brand word (``data/language/brand_cues.txt``, written in lower case) is the brand's,
so a person spelling exactly that name, anywhere in the article, is none (dropped after the tagger,
which would otherwise name an unresolved word again).
"""

from __future__ import annotations

from kutip.index.language import Token, fold, folded_set, words
from kutip.index.models import Entity, EntityType

__all__ = ["drop_named_brands"]

_CUES = "language/brand_cues.txt"
_LONGEST = 3  # words of a brand's name after its cue
_QUOTES = frozenset("\"'“”‘’«»")


def drop_named_brands(entities: list[Entity], tokens: list[Token]) -> list[Entity]:
    """``entities`` without the persons whose name the article writes after a brand word."""
    brands = _brand_names(tokens)
    if not brands:
        return entities
    return [e for e in entities if e.type is not EntityType.PERSON or _folded(e.name) not in brands]


def _folded(name: str) -> tuple[str, ...]:
    return tuple(fold(w) for w in words(name))


def _brand_names(tokens: list[Token]) -> set[tuple[str, ...]]:
    cues = folded_set(_CUES)
    names: set[tuple[str, ...]] = set()
    for k, token in enumerate(tokens[:-1]):
        if token.folded not in cues or token.capitalised:
            continue
        run: list[str] = []
        for nxt in tokens[k + 1 : k + 1 + _LONGEST]:
            gap = set(nxt.gap) - _QUOTES
            if not nxt.capitalised or not gap <= {" "} or (run and not nxt.gap.isspace()):
                break
            run.append(nxt.folded)
        if run:
            names.add(tuple(run))
    return names
