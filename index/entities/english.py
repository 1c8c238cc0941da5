"""English bodies: capitalised words the rules took for persons that never name one.

English capitalises sentence openers ("Previously, ..."), organisations' acronyms ("the
ministry (MOFA)") and the nouns of institutional and legal names ("International
Humanitarian Law", "the Palace said"). The tagger is not run on English, so these are
judged here by shape and by the word lists in ``data/language/english_non_names.txt``.
"""

from __future__ import annotations

from kutip.index.entities.cues import Candidate
from kutip.index.entities.lexicon import lexicon
from kutip.index.language import Token, folded_set
from kutip.index.models import EntityType

__all__ = ["english_non_person"]

_LIST = "language/english_non_names.txt"


def _trim_openers(tokens: list[Token], c: Candidate) -> None:
    """Drop a sentence-opening adverb or connective from the front of the run."""
    while c.first <= c.last and tokens[c.first].folded in folded_set(_LIST, "openers"):
        if not (tokens[c.first].sentence_start or c.first == c.last):
            break
        c.first += 1


def english_non_person(tokens: list[Token], c: Candidate) -> bool:
    """Whether person candidate ``c`` in an English body names no person (it may be trimmed first).

    A headline's speech verb and what follows it are cut ("Fulan Says Talks ...").
    A ministry's fields before the name are cut ("... Mitigation Affairs Fulan Badu", the title
    broken by a line). True for a run left empty by a sentence opener, a lone acronym ("MOFA"),
    a portfolio ("Coordinating Maritime Affairs" before "Minister", "Resettlement") and a run whose last word
    heads an institution, a law or an event ("Football Confederation", "Palace") or is a
    nationality ("South-east Asian", "Papuans"), or that such a head follows in lower case ("Fulan airport").
    """
    if c.type is not EntityType.PERSON:
        return False
    _trim_openers(tokens, c)
    while c.first <= c.last and not tokens[c.first].capitalised:
        c.first += 1  # "… Development and Culture": a run's lower-case joint opens no name
    verbs = [k for k in range(c.first, c.last + 1) if tokens[k].folded in folded_set(_LIST, "verbs")]
    if verbs:
        c.last = verbs[0] - 1  # "Fulan Hidayat Says Talks Will Resume": the name ends before the verb
    if c.first > c.last:
        return True
    if any(tokens[k].folded in folded_set(_LIST, "leads") for k in range(c.first, c.last + 1)):
        return True
    fields = [k for k in range(c.first, c.last + 1) if tokens[k].folded in folded_set(_LIST, "portfolios")]
    if fields and c.last - fields[-1] >= 2:
        c.first = fields[-1] + 1  # "... Disaster Mitigation Affairs Fulan Badu": the name after the title
    elif fields and fields[-1] == c.last:
        return True  # "Resettlement", "Maritime Affairs": the fields alone
    if c.nickname >= 0 and not c.first < c.nickname < c.last:
        c.nickname = -1
    if c.first == c.last and tokens[c.first].acronym and c.cue != "title":
        return True
    after = c.last + 1
    lower_after = after < len(tokens) and not tokens[after].capitalised and tokens[after].gap == " "
    if lower_after and tokens[after].folded in folded_set(_LIST, "heads"):
        return True  # "at Fulan Hidayat airport", "the Fulan Hidayat stadium": a place named after someone
    last = tokens[c.last].folded
    demonyms = lexicon().demonyms
    plural = last.endswith("s") and (last[:-1],) in demonyms  # "Indonesians", "Papuans"
    return last in folded_set(_LIST, "heads") or (last,) in demonyms or plural
