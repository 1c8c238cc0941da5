"""Initials that stand for a withheld name ("tersangka berinisial AS", "a suspect with the initials RK").

Crime reports hide suspects' names behind initials; the capitals then look like an acronym
("AS" is also Amerika Serikat), so without this step they become a country or an agency.
They name no entity the reader can look up, so they are dropped. Lists of detainees write each
one's initials with the father's ("AS bin T", "MR binti K"): initials joined by a name particle
withhold a name too, whatever stands before them.
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
    """Candidates that are one run of initials right after an initials cue, or initials joined by a
    name particle ("AS bin T"), left out."""
    cues = folded_set("language/initials_cues.txt")
    return [
        c
        for c in candidates
        if not (
            c.first > 0
            and tokens[c.first - 1].folded in cues
            and all(_initials(tokens[k]) for k in range(c.first, c.last + 1))
        )
        and not _filial_initials(tokens[c.first : c.last + 1])
    ]


def _filial_initials(run: list[Token]) -> bool:
    """Initials and a name particle between or before them, nothing else: "AS bin T", "bin ZA"."""
    particles = folded_set("gazetteer/cues.txt", "particles")
    kinds = [("particle" if t.folded in particles else "initials" if _initials(t) else "") for t in run]
    return "" not in kinds and "particle" in kinds and "initials" in kinds
