"""A company's own name glued before its officer's: "Direktur Utama Sritex Fulan Hidayat".

Indonesian news names an officer by title, company and name with no comma between, and the
company is often written without its head ("PT", "Bank"), so the rules read the company's
word as the first of the person's. The article itself tells: a word it also writes inside
an organisation's name ("PT Sritex", "Bank Sukamaju") is that organisation's, not a given name,
so a person's run of three or more words opening with it starts after it.
"""

from __future__ import annotations

from kutip.index.entities.cues import Candidate
from kutip.index.entities.features import first_names
from kutip.index.language import Token
from kutip.index.models import EntityType

__all__ = ["cut_organisation_words"]

_MIN_WORDS = 3  # the company's word and a name of two words at least


def cut_organisation_words(tokens: list[Token], candidates: list[Candidate]) -> None:
    """Persons opening with a word the article writes inside an organisation's name start after it."""
    names = first_names()
    inner = {
        tokens[k].folded
        for c in candidates
        if c.type is EntityType.ORGANIZATION and c.last > c.first
        for k in range(c.first + 1, c.last + 1)
        if tokens[k].capitalised and not tokens[k].acronym
    }
    if not inner:
        return
    for c in candidates:
        if c.type is not EntityType.PERSON or c.last - c.first + 1 < _MIN_WORDS:
            continue
        word = tokens[c.first]
        # "Yayasan Fulan Hidayat" and "Ketua Fulan Hidayat Santoso": a body named after the person
        named_after = tokens[c.first + 1].folded in inner
        if word.folded in inner and word.folded not in names and not word.acronym and not named_after:
            c.first += 1
            c.nickname = c.nickname if c.nickname > c.first else -1
