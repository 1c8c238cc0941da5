"""A site's account or counter read as a person: "Oleh Admin 1", "Pengunjung (12)".

Small news sites sign a story with the account that posted it and print a visitor counter in the
byline; the byline rule (:mod:`kutip.index.entities.bylines`) makes the word after "Oleh" a person.
A person whose every word is a desk or account word (``language/credit_desks.txt`` [words]) or a
counter word (``language/site_accounts.txt``), numbers aside, is no one: it is dropped.
"""

from __future__ import annotations

from functools import cache

from kutip.index.language import fold, folded_set, words
from kutip.index.models import Entity, EntityType

__all__ = ["drop_site_accounts"]


@cache
def _account_words() -> frozenset[str]:
    return folded_set("language/credit_desks.txt", "words") | folded_set("language/site_accounts.txt")


def _account(name: str) -> bool:
    parts = [fold(w) for w in words(name) if not w.isdigit()]
    return bool(parts) and all(p in _account_words() for p in parts)


def drop_site_accounts(entities: list[Entity]) -> list[Entity]:
    """``entities`` without the persons named only by a site's account or counter words."""
    return [e for e in entities if e.type is not EntityType.PERSON or not _account(e.name)]
