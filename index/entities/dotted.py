"""A one-word "person" written as a code is none: a degree ("M.Ed", "Sp.P") or an acronym ("RUU", "KIM").

Degrees follow a name after a comma ("Fulan Badu, M.Ed."), and the listed ones
(``gazetteer/degrees.txt``) are cut from names already; an unlisted one read alone became a
person. An acronym in capitals names a body, a bill or a coalition; on a Title Case line the rules
cannot tell it by its shape and a headline's verb ("Sebut RUU ...") or a member's noun ("Anggota
KIM") cued it as a person. No gold person of the read sets is written either way (a figure known by
initials, "SBY", is listed and shown by the full name).
"""

from __future__ import annotations

import re

from kutip.index.models import Entity, EntityType

__all__ = ["drop_degree_shapes"]

_DEGREE = re.compile(r"(?:[A-Z][A-Za-z]{0,2}\.){1,3}[A-Z][A-Za-z]{0,2}\.?")
_ACRONYM = re.compile(r"[A-Z]{2,6}")


def drop_degree_shapes(entities: list[Entity]) -> list[Entity]:
    """The entities but persons whose whole name is short dotted pieces or an acronym in capitals."""
    return [e for e in entities if not (e.type is EntityType.PERSON and _code(e.name.strip()))]


def _code(name: str) -> bool:
    return bool(_DEGREE.fullmatch(name) or _ACRONYM.fullmatch(name))
