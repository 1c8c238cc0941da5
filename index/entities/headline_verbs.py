"""The verbs a title-case headline writes right after its subject's name: ``Fulan Responds``,
``Fulan Usut``, or a whole related-link headline taken as one name (``Fulan Announces New Fares``).

A title-case headline capitalises the verb after the subject's name, and the rules take the verb,
and sometimes the rest of the headline, into the name. The verbs are listed
(``language/headline_verbs.txt``, only words that are no surname); a person's run is cut before
the first of them after its first word (:func:`kutip.index.entities.figure_runs.trim_headline_verbs`),
so the name before it stays and joins the body's fuller name.
"""

from __future__ import annotations

from functools import cache

from kutip.index.language import folded_set

__all__ = ["is_headline_verb"]

_VERBS = "language/headline_verbs.txt"


@cache
def _verbs() -> frozenset[str]:
    """Both languages' headline verbs, joined once (every person run of every article is checked)."""
    return folded_set(_VERBS, "en") | folded_set(_VERBS, "id")


def is_headline_verb(folded: str) -> bool:
    """Whether a folded word is a listed headline verb ("usut", "responds")."""
    return folded in _verbs()
