"""People named in bylines and credits: "Oleh: Fulan", "Editor:\\nFulan", "Kabar.id/Fulan".

Such lines carry no title or speech cue and are often set in Title Case, so the rules alone
would leave the name unresolved. A name right after a byline word (and a colon or a line
break), or after a web address and a slash (a photo credit), is a person.
"""

from __future__ import annotations

from kutip.index.entities.cues import Candidate
from kutip.index.language import Token, folded_set
from kutip.index.models import EntityType

__all__ = ["type_bylines"]


def _credit(tokens: list[Token], first: int) -> bool:
    if first == 0:
        return False
    before, token = tokens[first - 1], tokens[first]
    if token.gap.strip() == "/" and "." in before.text and before.text[-1].islower():
        # "Kabar.id/Fulan"; "Kabar.tv/Ant" credits a news agency by its code
        return token.folded not in folded_set("language/credit_sources.txt")
    if before.folded not in folded_set("language/byline_cues.txt"):
        return False
    gap = token.gap.replace(" ", "")
    at_line_start = first - 1 == 0 or "\n" in before.gap or before.gap.strip() in ("-", "|", "/")
    return at_line_start and (gap in (":", "\n") or gap.startswith(":") or gap.strip("\n") == "")


def type_bylines(tokens: list[Token], candidates: list[Candidate]) -> None:
    """Untyped candidates written in a byline or credit position become persons."""
    for c in candidates:
        if c.type not in (None, EntityType.PERSON):
            continue
        first = c.first
        joined = first > 0 and tokens[first].joined and tokens[first - 1].capitalised
        if joined and not _credit(tokens, first):
            first -= 1  # "Editor: Juli Hantoro": a given name that is also an ordinary word ("Juli")
        if _credit(tokens, first):
            c.first, c.type, c.cue, c.weak = first, EntityType.PERSON, "byline", False
