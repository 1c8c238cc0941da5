"""Words that open a person's run on a real page without being part of the name.

- An honorific or degree glued before the name: "H Fulan" (Haji), "Hj. Fulanah", "Ir.H Fulan";
  the name is what follows ("Fulan").
- An everyday word a line or sentence opens with, capitalised only by its position or a
  Title Case heading: "Penyanyi Fulanah Badu" (singer), "Komentar Fulan" (a subheading).
  It is cut when the name after it is written on its own elsewhere in the article (so
  the article itself shows where the name starts); given names that are everyday words
  ("Putri", "Kuat") are in the first-name list and never cut.
- A Korean given name's second syllable is hyphened on in lower case ("Kang Dae-woo"): it
  belongs to the name.
- An Indonesian speech verb written with a capital after a quotation or a comma
  ("..., Ungkap Fulan"): the verb that names the speaker, not part of the name.
- An active meN- or ber- verb opening a sentence before a name of two words or more ("Mengangkat
  Fulan Hidayat sebagai ...", a decree read out or a caption): the verb, then the name.
- A lone everyday word opening a sentence before a speech verb ("Seusai menjelaskan ...")
  names no one.
"""

from __future__ import annotations

from functools import cache

from kutip.index.entities.cues import Candidate
from kutip.index.entities.dictionary import (
    is_derived_word,
    is_lower_word,
    is_plain_word,
    living_active_verb,
)
from kutip.index.entities.features import first_names
from kutip.index.entities.lexicon import degrees, lexicon
from kutip.index.language import Token, lines

__all__ = ["capitalised_at", "cut_headline_words", "lone_opener", "take_syllable", "trim_leads"]

_HONORIFICS = frozenset({"h", "hj", "haji", "hajjah", "ir", "drs", "dra", "dr"})


def _glued_honorific(token: Token) -> bool:
    """ "H", "Hj.", "Ir.H", "Drs.H": honorifics and degrees, alone or glued with dots."""
    parts = [p for p in token.folded.split(".") if p]
    return bool(parts) and all(p in _HONORIFICS or p in degrees() for p in parts)


def _everyday(token: Token) -> bool:
    """An everyday word that is no given name, title or word of address ("Paus" is a title too)."""
    word = token.folded
    lex = lexicon()
    if word in first_names() or word in lex.title_starts or word in lex.honorifics:
        return False
    return word.isalpha() and is_lower_word(word)


def _affixed(token: Token) -> bool:
    """An affixed Indonesian word that is no given name or title ("Gebrakan", "Candaan")."""
    word = token.folded
    lex = lexicon()
    if word in first_names() or word in lex.title_starts or word in lex.honorifics:
        return False
    return word.isalpha() and is_derived_word(word)


_MIN_VERB = 7  # "Mengangkat", "Berharap": a prefix and a root of four letters or more


def _active_verb(token: Token) -> bool:
    """A meN- or ber- verb of a dictionary root the training news writes with other affixes too
    ("Mengangkat": "diangkat", "pengangkatan"; "Berharap") and no given name or title: a decree's
    or a caption's sentence opens with it, and nobody is named so, so the name starts after it.
    A name that only parses as a prefix and a root ("Meliana") has no such living root."""
    word = token.folded
    lex = lexicon()
    if len(word) < _MIN_VERB or word in first_names() or word in lex.title_starts or word in lex.honorifics:
        return False
    return living_active_verb(word)


def _name_like(token: Token) -> bool:
    """A word that is no ordinary Indonesian word, or a learnt given name ("Yuni", "Asnawi")."""
    return token.folded in first_names() or not is_plain_word(token.folded)


def capitalised_at(tokens: list[Token]) -> dict[str, list[int]]:
    """Where each word is written with a capital (one pass, so asking per candidate stays linear)."""
    found: dict[str, list[int]] = {}
    for k, token in enumerate(tokens):
        if token.capitalised:
            found.setdefault(token.folded, []).append(k)
    return found


def _written_alone(tokens: list[Token], c: Candidate, k: int, capitals: dict[str, list[int]]) -> bool:
    """Whether the name word at ``k`` has a capital elsewhere, not after the same lead."""
    lead = tokens[c.first].folded
    places = capitals.get(tokens[k].folded, [])
    return any(j != k and (j == 0 or tokens[j - 1].folded != lead) for j in places)


@cache
def _post_verbs() -> frozenset[str]:
    """Indonesian speech verbs written before the speaker ("kata", "ujar", "imbuh")."""
    rows = (line.split("\t") for line in lines("speech_verbs.tsv"))
    return frozenset(
        r[0] for r in rows if len(r) == 3 and r[1] == "id" and "post" in r[2] and " " not in r[0]
    )


def _capitalised_cue(tokens: list[Token], k: int) -> bool:
    """ "..., Ungkap Fulan", '..." Imbuh Fulan': a speech verb capitalised after a comma or a quotation."""
    mark = tokens[k].gap.strip()
    return bool(mark) and mark[-1] in ",\"”'’" and tokens[k].folded in _post_verbs()


def trim_leads(tokens: list[Token], c: Candidate, capitals: dict[str, list[int]]) -> None:
    """Cuts glued honorifics and an everyday word opening the run from person candidate ``c``."""
    if c.first < c.last and _capitalised_cue(tokens, c.first):
        c.first += 1
    while c.first < c.last and _glued_honorific(tokens[c.first]) and tokens[c.first + 1].capitalised:
        c.first += 1
    if (
        c.cue not in ("title", "byline")
        and c.first < c.last
        and (tokens[c.first].sentence_start or tokens[c.first].title_case_line or "\n" in tokens[c.first].gap)
        and (_everyday(tokens[c.first]) or _affixed(tokens[c.first]))
        and _name_like(tokens[c.first + 1])
        and _written_alone(tokens, c, c.first + 1, capitals)
    ):
        c.first += 1
    elif (
        c.cue not in ("title", "byline")
        and c.first + 1 < c.last
        and tokens[c.first].sentence_start
        and _active_verb(tokens[c.first])
        and _name_like(tokens[c.first + 1])
    ):
        c.first += 1  # "Mengangkat Fulan Hidayat sebagai ...": the verb, then a name of two words
    if c.nickname >= 0 and c.nickname < c.first:
        c.nickname = -1


def lone_opener(tokens: list[Token], c: Candidate) -> bool:
    """ "Seusai menjelaskan ...": one everyday word opening a sentence, cued by the verb after it only."""
    token = tokens[c.first]
    cued = c.cue in ("speech", "tagger", "shape")
    return c.first == c.last and cued and token.sentence_start and _everyday(token)


def take_syllable(tokens: list[Token], c: Candidate) -> None:
    """ "Kang Dae-woo": a short lower-case syllable hyphened to the last word of the name is in it."""
    nxt = c.last + 1
    if nxt >= len(tokens) or tokens[nxt].gap != "-" or not tokens[c.last].capitalised:
        return
    syllable = tokens[nxt].text
    if syllable.isalpha() and syllable.islower() and len(syllable) <= 4 and syllable != "nya":
        c.last = nxt


def cut_headline_words(tokens: list[Token], c: Candidate) -> None:
    """ "Momen Fulan Lakukan Voting" -> "Fulan": a headline's everyday words around a name are cut.

    A Title Case line capitalises its predicate ("Bupati Fulan Sempat Kaget") and the noun
    before the name; only words the news writes in lower case (and no given name or title)
    are cut, and only around a word that is no ordinary word, so a name made of everyday
    words is left whole.
    """
    if not tokens[c.first].title_case_line or c.cue == "byline":
        return
    lead_cut = c.cue != "title"  # a title already ends where the name starts
    while lead_cut and c.first < c.last and _everyday(tokens[c.first]) and _name_like(tokens[c.first + 1]):
        c.first += 1
    if not _name_like(tokens[c.first]):
        return
    for k in range(c.first + 1, c.last + 1):
        if _everyday(tokens[k]):
            c.last = k - 1
            break
    if c.nickname >= 0 and not c.first < c.nickname < c.last:
        c.nickname = -1
