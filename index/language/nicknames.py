"""The one nickname list: well-known public figures and the other names the press writes for them.

The data lives in ``data/people/nicknames.tsv`` (full name, a tab, other names separated by
``|``). The entity recogniser (a nickname alone in an article names the figure) and the
people layer (one person across the archive) read it through this loader, so a nickname is
added once and both see it.

The rows after the line ``[named in full]`` are figures the press names in full or by the family
name (athletes, leaders abroad, entertainers whose given name is an everyday one): their forms are
theirs, but their first word alone is not (:func:`named_in_full`).
"""

from __future__ import annotations

from functools import cache

from kutip.index.language.wordlists import sections

__all__ = ["NAMED_IN_FULL", "NICKNAMES", "named_in_full", "nickname_rows"]

NICKNAMES = "people/nicknames.tsv"
NAMED_IN_FULL = "named in full"


def _row(line: str) -> tuple[str, tuple[str, ...]] | None:
    full, _, others = line.partition("\t")
    forms = tuple(f.strip() for f in others.split("|") if f.strip())
    return (full.strip(), forms) if full.strip() else None


@cache
def nickname_rows() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Each figure's full name with the other names written for it, in file order."""
    rows: list[tuple[str, tuple[str, ...]]] = []
    for entries in sections(NICKNAMES).values():
        rows.extend(row for row in map(_row, entries) if row is not None)
    return tuple(rows)


@cache
def named_in_full() -> frozenset[str]:
    """Full names of the figures whose first word alone names someone else as often as them."""
    entries = sections(NICKNAMES).get(NAMED_IN_FULL, [])
    return frozenset(row[0] for row in map(_row, entries) if row is not None)
