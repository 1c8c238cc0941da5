"""Words glued from the pieces of a ministry's or a regulation's short name: no person's name words.

Indonesian writes a ministry, its directorates and its rules as one word of abbreviated pieces
("Permendikbudristek", "Diktisaintek") or two ("Permendikbud Ristek", "Kemendikti Saintek"). The
gazetteer cannot list every combination, and after a title ("Dirjen Diktiristek", "Menteri
Diktisaintek") the rules read such a word as the office holder's name. A word is such a compound
when it splits wholly into the pieces of ``data/language/office_compounds.txt``: heads (only before
a portfolio: "Permen", "Kemen") and portfolios ("Dikti", "Ristek"), one portfolio at least. The
police's clipped units ("Satlantas") are :func:`kutip.index.entities.lexicon.unit_word`'s: one head
and one field, where these chain portfolios ("Dikbud" + "Ristek").
"""

from __future__ import annotations

from functools import cache

from kutip.index.language import fold, folded_set

__all__ = ["office_compound", "office_run"]

_LIST = "language/office_compounds.txt"


@cache
def office_compound(word: str) -> bool:
    """Whether ``word`` splits wholly into office heads and one or more portfolios ("Diktiristek")."""
    folded = fold(word)
    return folded.isalpha() and _splits(folded, folded_set(_LIST, "heads"), folded_set(_LIST, "fields"))


def office_run(written: list[str]) -> bool:
    """Whether the words are an office's short name: compounds and heads, one compound at least
    ("Ditjen Dikti", "Permendikbud Ristek")."""
    heads = folded_set(_LIST, "heads")
    return any(map(office_compound, written)) and all(office_compound(w) or fold(w) in heads for w in written)


def _splits(rest: str, heads: frozenset[str], fields: frozenset[str], field_seen: bool = False) -> bool:
    if not rest:
        return field_seen
    for piece in fields:
        if rest.startswith(piece) and _splits(rest[len(piece) :], heads, fields, True):
            return True
    if field_seen:  # a head opens the word or follows another head, never a portfolio
        return False
    return any(rest.startswith(h) and _splits(rest[len(h) :], heads, fields) for h in heads)
