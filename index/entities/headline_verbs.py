"""A "person" holding a headline's verb: ``Fulan Responds``, ``Fulan Usut``, or a whole
related-link headline taken as one name (``Fulan Announces New Fares Will Rise``).

A title-case headline capitalises the verb after the subject's name, and the recogniser took the
verb, and sometimes the rest of the headline, into the name. The verbs are listed
(``language/headline_verbs.txt``, only words that are no surname); a person of two words or more
with one after its first word is a headline fragment and is left out (the body names the person).
"""

from __future__ import annotations

from functools import cache

from kutip.index.language import fold, folded_set
from kutip.index.models import Entity, EntityType

__all__ = ["drop_headline_verbs"]

_VERBS = "language/headline_verbs.txt"


@cache
def _verbs() -> frozenset[str]:
    """Both languages' headline verbs, joined once (every person of every article is checked)."""
    return folded_set(_VERBS, "en") | folded_set(_VERBS, "id")


def _holds_verb(name: str) -> bool:
    return any(fold(word) in _verbs() for word in name.split()[1:])


def drop_headline_verbs(entities: list[Entity]) -> list[Entity]:
    """``entities`` without the persons whose name holds a headline's verb after its first word."""
    return [e for e in entities if not (e.type is EntityType.PERSON and _holds_verb(e.name))]
