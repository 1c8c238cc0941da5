"""The one nickname list: well-known public figures and the other names the press writes for them.

The data lives in ``data/people/nicknames.tsv`` (full name, a tab, other names separated by
``|``). The entity recogniser (a nickname alone in an article names the figure) and the
people layer (one person across the archive) read it through this loader, so a nickname is
added once and both see it.
"""

from __future__ import annotations

from functools import cache

from kutip.index.language.wordlists import lines

__all__ = ["NICKNAMES", "nickname_rows"]

NICKNAMES = "people/nicknames.tsv"


@cache
def nickname_rows() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Each figure's full name with the other names written for it, in file order."""
    rows: list[tuple[str, tuple[str, ...]]] = []
    for line in lines(NICKNAMES):
        full, _, others = line.partition("\t")
        forms = tuple(f.strip() for f in others.split("|") if f.strip())
        if full.strip():
            rows.append((full.strip(), forms))
    return tuple(rows)
