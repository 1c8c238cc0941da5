"""``person:`` and ``speaker:`` widened to every name the archive knows that person by.

``person:Jokowi`` and ``speaker:"Joko Widodo"`` should find the same documents, whichever
name each article used. The widening works on the parsed tree, so it needs no quoting
rules; the names come from the people tables through the ``variants`` callable.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from kutip.index.search.tree import Leaf, Or, Phrase, Query, Word, rewrite

PERSON_FIELDS = frozenset({"person", "speaker"})


def widen_names(query: Query, variants: Callable[[str], Iterable[str]]) -> Query:
    """Each ``person:X``/``speaker:X`` word or phrase or'ed with phrases of X's other names."""

    def widen(leaf: Leaf) -> Query:
        if not isinstance(leaf, (Word, Phrase)) or leaf.field not in PERSON_FIELDS:
            return leaf
        others = []
        for name in variants(leaf.text):
            words = name.replace('"', " ").replace(",", " ").strip()
            if name.strip() and name != leaf.text and words:
                others.append(Phrase(words, leaf.field))
        return Or((leaf, *others)) if others else leaf

    return rewrite(query, widen)
