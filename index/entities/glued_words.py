"""Two words a scrape glued into one are no part of a person's name.

Scraped pages lose the space or line break between a caption's credit and the next caption, between
menu items or between a site's name and a heading ("Fulan BaduMenteri Sari Dewi", "BanjirBantuanPosko",
"MagazineBuy Print"). The glued token has a capital inside that no surname prefix explains
(:func:`~kutip.index.entities.lexicon.brand_word`, "SpaceX" read the same way); no person's name
in the annotated sets holds one. A person run holding such a token keeps the two or more name words
after it (the glue ends the text before: "... BaduMenteri Sari Dewi" is Sari Dewi), or else the two
or more before it; with neither it names no one.
"""

from __future__ import annotations

from kutip.index.entities.cues import Candidate
from kutip.index.entities.lexicon import brand_word
from kutip.index.language import Token
from kutip.index.models import EntityType

__all__ = ["cut_glued_words"]

_LEAST = 2  # name words a run must keep on one side of the glued token


def cut_glued_words(tokens: list[Token], candidates: list[Candidate]) -> list[Candidate]:
    """``candidates`` with each person run cut away from the glued tokens inside it."""
    out: list[Candidate] = []
    for c in candidates:
        if c.type is not EntityType.PERSON:
            out.append(c)
            continue
        glued = [k for k in range(c.first, c.last + 1) if brand_word(tokens[k].text)]
        if not glued:
            out.append(c)
            continue
        after = c.last - glued[-1]
        before = glued[0] - c.first
        if after >= _LEAST:
            c.first = glued[-1] + 1
        elif before >= _LEAST:
            c.last = glued[0] - 1
        else:
            continue  # a run of glued words and a word or two: a menu, a heading, a brand
        if c.nickname >= 0 and not c.first <= c.nickname <= c.last:
            c.nickname = -1
        out.append(c)
    return out
