"""A "person" that is a prison's name written without its head word (issue 9).

"... dipindah ke Lapas Sukamaju. Di Sukamaju, ia ..." or "held at Wirabata Prison ... Wirabata has":
a page that names a facility with its head word (``language/facility_heads.txt``: ``Lapas``,
``Rutan`` before the name, ``Prison``, ``Penitentiary`` after it) goes on writing the bare name for
the same facility, and the recogniser, seeing a capitalised name with no head, took it for a person.
Such a name is the facility's: it becomes an organisation. A class number between an Indonesian
head and the name (``Lapas Kelas IIA Sukamaju``) is read over. Parks and air bases are named so too
("Taman Nasional X Y" or "X Y National Park", then "X Y"; "Lanud Fulan Badu", then "Danlanud Fulan
Badu"), bases after a hero with his title ("Lanud Sultan Fulan"): a title there is read over as well.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from kutip.index.entities.lexicon import lexicon
from kutip.index.language import fold, folded_set
from kutip.index.models import Entity, EntityType

__all__ = ["facility_names_as_bodies"]

_HEADS = "language/facility_heads.txt"
_CLASS = r"(?:Kelas\s+(?:[IV]+[AB]?|\d[AB]?)\s+)?"  # "Lapas Kelas IIA Sukamaju"


@cache
def _head_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A head of [before] with the space after it, and the space before a head of [after]
    (heads case-insensitive): found once a page, so the check stays linear in the page's length."""
    before = "|".join(sorted(map(re.escape, folded_set(_HEADS, "before")), key=len, reverse=True))
    after = "|".join(sorted(map(re.escape, folded_set(_HEADS, "after")), key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?i:{before})\s+"), re.compile(rf"\s+(?i:{after})(?![\w-])")


_CLASS_AT = re.compile(_CLASS + r"(?=\S)")
_WORD_AT = re.compile(r"([A-Z][\w.]*)\s+(?=[A-Z])")  # "Sultan " before the name's first word


def _after_title(body: str, at: int) -> int | None:
    """Where the name starts past a one-word title written at ``at`` ("Lanud Sultan Fulan"), else None."""
    word = _WORD_AT.match(body, at)
    if word is None or (fold(word.group(1).rstrip(".")),) not in lexicon().titles:
        return None
    return word.end()


_EDGE = re.compile(r"[\w-]")


def _bounded(body: str, start: int, end: int) -> bool:
    """Whether ``body[start:end]`` stands alone: no word character or hyphen on either side."""
    return not (start > 0 and _EDGE.match(body, start - 1)) and not (
        end < len(body) and _EDGE.match(body, end)
    )


def _headed_names(body: str, names: set[str]) -> set[str]:
    """Those of ``names`` the page writes right after a head of [before] (a class number between
    read over) or right before one of [after]."""
    before, after = _head_patterns()
    found: set[str] = set()
    for head in before.finditer(body):
        starts = {head.end()}
        numbered = _CLASS_AT.match(body, head.end())
        if numbered and numbered.end() > head.end():
            starts.add(numbered.end())
        titled = _after_title(body, head.end())
        if titled is not None:
            starts.add(titled)
        found |= {
            n for n in names for at in starts if body.startswith(n, at) and _bounded(body, at, at + len(n))
        }
    for head in after.finditer(body):
        end = head.start()
        found |= {n for n in names if body.endswith(n, 0, end) and _bounded(body, end - len(n), end)}
    return found


def facility_names_as_bodies(entities: list[Entity], body: str) -> list[Entity]:
    """``entities`` with each person whose name the page also writes with a facility head made an
    organisation (the facility)."""
    persons = {e.name for e in entities if e.type is EntityType.PERSON and e.mentions}
    headed = _headed_names(body, persons) if persons else set()
    return [
        replace(e, type=EntityType.ORGANIZATION)
        if e.type is EntityType.PERSON and e.mentions and e.name in headed
        else e
        for e in entities
    ]
