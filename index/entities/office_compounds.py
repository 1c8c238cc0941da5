"""Words glued from the pieces of a body's, an office's or a rule's short name: no person's name words.

Indonesian writes a ministry, its directorates and its rules as one word of abbreviated pieces
("Permendikbudristek", "Diktisaintek") or two ("Permendikbud Ristek", "Kemendikti Saintek"), and the
police's units and their offices likewise ("Satlantas", "Dirkrimum", "Kasatnarkoba"). The gazetteer
cannot list every combination, and after a title ("Dirjen Diktiristek", "Kapolres X Kasatreskrim")
the rules read such a word as the office holder's name. A word is such a compound when it splits
wholly into the pieces of ``data/language/office_compounds.txt`` (the one list of them): heads (only
before a portfolio: "Permen", "Kemen", "Sat") and portfolios or units ("Dikti", "Ristek", "Lantas"),
one at least. A body's whole short name that the gazetteer does not list ([bodies]: "Kompolnas",
"Bakamla") is one too, alone: written before a member's name ("anggota Kompolnas Fulan Badu") it
is the body's, and the article need not write the name again without it.
"""

from __future__ import annotations

from functools import cache, lru_cache

from kutip.index.language import fold, folded_set

__all__ = ["office_compound", "office_run", "unit_word"]

_LIST = "language/office_compounds.txt"


@cache
def office_compound(word: str) -> bool:
    """Whether ``word`` splits wholly into office heads and one or more portfolios ("Diktiristek")."""
    folded = fold(word)
    return folded.isalpha() and _splits(folded, _heads(), _fields())


@lru_cache(maxsize=1 << 14)
def unit_word(folded: str) -> bool:
    """A police unit's or office's head glued to one field ("satlantas", "dirkrimum", "kasatnarkoba").

    Once a word a process: asked of every word of every person candidate, each try of every head."""
    fields = folded_set(_LIST, "unit fields")
    return any(folded.startswith(h) and folded[len(h) :] in fields for h in folded_set(_LIST, "unit heads"))


@cache
def _heads() -> frozenset[str]:
    return folded_set(_LIST, "heads") | folded_set(_LIST, "unit heads")


@cache
def _fields() -> frozenset[str]:
    return folded_set(_LIST, "fields") | folded_set(_LIST, "unit fields") | folded_set(_LIST, "bodies")


def office_run(written: list[str]) -> bool:
    """Whether the words are an office's short name: compounds and heads, one compound at least
    ("Ditjen Dikti", "Permendikbud Ristek")."""
    heads = _heads()
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
