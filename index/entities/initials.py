"""Initials that stand for a withheld name ("tersangka berinisial AS", "a suspect with the initials RK").

Crime reports hide suspects' names behind initials; the capitals then look like an acronym
("AS" is also Amerika Serikat), so without this step they become a country or an agency.
They name no entity the reader can look up, so they are dropped.
"""

from __future__ import annotations

from kutip.index.entities.cues import Candidate
from kutip.index.language import Token, folded_set

__all__ = ["drop_initials"]

_MAX_LETTERS = 4


def _initials(token: Token) -> bool:
    letters = token.text.replace(".", "")
    return 0 < len(letters) <= _MAX_LETTERS and letters.isalpha() and letters.isupper()


def drop_initials(tokens: list[Token], candidates: list[Candidate]) -> list[Candidate]:
    """Candidates that are one run of initials right after an initials cue, left out."""
    cues = folded_set("language/initials_cues.txt")
    return [
        c
        for c in candidates
        if not (
            c.first > 0
            and tokens[c.first - 1].folded in cues
            and all(_initials(tokens[k]) for k in range(c.first, c.last + 1))
        )
    ]
