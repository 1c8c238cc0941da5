"""Offices, bodies, ranks and named places that the title rules take for a person.

A title makes the capitalised words after it a person, which is wrong when:

- the title is part of a place named after someone: a street, an airport or a stadium
  ("Jalan Kapten Fulan", "Bandara Sultan Fulan", "Stadion Kapten I Wayan Fulan");
- the words after it are the office's own body: Indonesian police and regional offices
  are written as a head plus the body ("Kapolresta" = head of the Polresta, "Waka
  Polresta" = its deputy), and a body named after a title ("Kasat Intelkam Polresta")
  is an organisation; the words between such an office and a comma or a rank name its
  region ("Kapolsek Sukamaju, Iptu Fulan", "Kapolres Wirabata AKBP Fulan"), and a name after
  a title and a Roman numeral is a numbered unit's ("Pangdam IX Wirabata");
- the run is only a rank or a title (English ranks abbreviated with a dot, "Brig. Gen.",
  split off at the dot), or opens with the last word of a title the rules did not take
  whole ("Chief Executive Officer Fulan", "Senior Commissioner Fulan").

The body words come from ``gazetteer/regional_bodies.txt``, the ranks from
``language/ranks_en.txt``, the English title words from ``language/english_titles.txt``.
"""

from __future__ import annotations

from functools import cache

from kutip.index.entities.cues import Candidate
from kutip.index.entities.lexicon import lexicon
from kutip.index.language import Token, folded_set, lines
from kutip.index.models import EntityType

__all__ = [
    "facility_head",
    "institution_head",
    "office_led",
    "title_words_only",
    "trim_region",
    "trim_title_words",
]

_OFFICE_PREFIXES = ("waka", "ka")  # "Wakapolres", "Kapolresta": deputy head, head


@cache
def _bodies() -> frozenset[str]:
    """Single-word regional bodies ("polres", "kodim", "dprd")."""
    entries = (line.strip().lower() for line in lines("gazetteer/regional_bodies.txt"))
    return frozenset(entry for entry in entries if " " not in entry)


def _rank_words() -> frozenset[str]:
    return (
        folded_set("language/ranks_en.txt", "ranks")
        | folded_set("language/ranks_en.txt", "abbreviations")
        | folded_set("language/english_titles.txt")
        | folded_set("language/corps.txt")
    )


def is_office_word(folded: str) -> bool:
    """ "kapolresta", "wakapolres": the head or deputy head of a regional body, in one word."""
    return any(folded.startswith(p) and folded[len(p) :] in _bodies() for p in _OFFICE_PREFIXES)


def office_led(tokens: list[Token], c: Candidate) -> EntityType | None:
    """What a run opening with an office or a body is instead of a person, else None.

    "Wakapolresta Sukamaju" and "Waka Polresta" name an office (the place type, as the office
    is its region's), "Polrestabes Surabaya" after a title names the body.
    """
    first = tokens[c.first].folded
    if is_office_word(first):
        return EntityType.PLACE
    if first in _OFFICE_PREFIXES and c.first < c.last and tokens[c.first + 1].folded in _bodies():
        return EntityType.PLACE
    if first in _bodies():
        return EntityType.ORGANIZATION
    if _region_after_office(tokens, c):
        return EntityType.PLACE
    if _numbered_unit(tokens, c):
        return EntityType.ORGANIZATION
    return None


_ROMAN = frozenset("IVX")


def _numbered_unit(tokens: list[Token], c: Candidate) -> bool:
    """ "Pangdam IX Wirabata": a name after a title and a Roman numeral is the numbered unit's."""
    if c.first < 2 or "\n" in tokens[c.first].gap:
        return False
    numeral, title = tokens[c.first - 1], tokens[c.first - 2]
    roman = bool(numeral.text) and set(numeral.text) <= _ROMAN
    return roman and title.folded in lexicon().title_starts and not tokens[c.first].gap.strip()


def _region_after_office(tokens: list[Token], c: Candidate) -> bool:
    """ "Kapolsek Sukamaju, Iptu Fulan": the words between an office and a comma or a rank are its region."""
    if c.first == 0 or not is_office_word(tokens[c.first - 1].folded) or "\n" in tokens[c.first].gap:
        return False
    nxt = c.last + 1
    if nxt >= len(tokens):
        return False
    lex = lexicon()
    return tokens[nxt].gap.startswith(",") or (
        tokens[nxt].capitalised and tokens[nxt].folded.rstrip(".") in lex.title_starts
    )


def _title_before(tokens: list[Token], k: int) -> int:
    """The first token of the titles written right before token ``k`` on its line (``k`` when none)."""
    lex = lexicon()
    start = k
    while start > 0:
        prev = tokens[start - 1]
        if not prev.capitalised or not tokens[start].gap.isspace() or "\n" in tokens[start].gap:
            break
        if prev.folded.rstrip(".") not in lex.title_starts and prev.folded.rstrip(".") not in _rank_words():
            break
        start -= 1
    return start


def facility_head(tokens: list[Token], c: Candidate) -> int:
    """ "Jalan Kapten Fulan", "Bandara Sultan Fulan": the place's head word before the title, else -1."""
    start = _title_before(tokens, c.first)
    if start in (c.first, 0):
        return -1
    head = tokens[start - 1]
    gap = tokens[start].gap
    named = head.capitalised and gap.isspace() and "\n" not in gap
    if not named or head.folded.rstrip(".") not in lexicon().place_heads:
        return -1
    return -1 if _closes_a_name(tokens, start - 1) else start - 1


def _closes_a_name(tokens: list[Token], head: int) -> bool:
    """ "Polres Contoh Kota Ipda Fulan": a place's head word written after a name ends a body's name (a
    town's police, its branch), so the rank after it opens the officer's name, not a street's.

    A street's or a venue's head ("Jalan", "Bandara") always opens its name, wherever it stands.
    """
    if head == 0 or tokens[head].folded.rstrip(".") in folded_set(_STREETS):
        return False
    before, gap = tokens[head - 1], tokens[head].gap
    return before.capitalised and gap.isspace() and "\n" not in gap


_STREETS = "gazetteer/street_heads.txt"


_NAMED_AFTER = "gazetteer/named_after_heads.txt"
_INSTITUTION_WORDS = 6  # "Rumah Sakit Umum Pusat Nasional Dr. Fulan": the head this far before the title


def institution_head(tokens: list[Token], c: Candidate) -> int:
    """ "RSUD dr. Fulan", "Rumah Sakit Umum Pusat Dr. Fulan": the head of the institution the titled
    name belongs to, else -1.

    The title may be written with its full stop ("Dr. Fulan"), which no place head before a rank
    allows; the institution's own words (capitalised, on the line) may stand between its head and the title.
    """
    lex = lexicon()
    start = c.first
    while start > 0 and tokens[start - 1].folded in lex.title_starts and "\n" not in tokens[start].gap:
        if tokens[start].gap not in (" ", ". ", "."):
            break
        start -= 1
    if start == c.first:
        return -1
    heads = folded_set(_NAMED_AFTER)
    k = start - 1
    while k >= 0 and start - k <= _INSTITUTION_WORDS:
        token = tokens[k]
        if not token.capitalised or not tokens[k + 1].gap.isspace() or "\n" in tokens[k + 1].gap:
            return -1
        if token.folded in heads:
            return k
        k -= 1
    return -1


def title_words_only(tokens: list[Token], c: Candidate) -> bool:
    """ "Brig", "Inspector": a run of ranks and title words only names no one."""
    lex = lexicon()
    return all(
        tokens[k].folded.rstrip(".") in _rank_words() or (tokens[k].folded.rstrip("."),) in lex.titles
        for k in range(c.first, c.last + 1)
    )


def trim_title_words(tokens: list[Token], c: Candidate, capitals: dict[str, list[int]]) -> None:
    """ "Officer Fulan Badu" -> "Fulan Badu": rank and title words opening a run of three or more are cut.

    Before one name word they are cut when the article writes that word elsewhere too
    (``capitals``: where each capitalised word is; "Coach Fulan" beside "Fulan Badu").
    """
    while c.first < c.last and tokens[c.first].folded.rstrip(".") in _rank_words():
        if c.last - c.first < 2 and len(capitals.get(tokens[c.last].folded, [])) < 2:
            break
        c.first += 1
        if c.nickname >= 0 and c.nickname < c.first:
            c.nickname = -1


def _written_as_place(tokens: list[Token], word: str, capitals: dict[str, list[int]]) -> bool:
    """Whether the article writes ``word`` after a place's head word or an area preposition ("di X")."""
    lex = lexicon()
    heads = lex.place_heads | lex.area_preps | _bodies()
    return any(j > 0 and tokens[j - 1].folded in heads for j in capitals.get(word, []))


def trim_region(tokens: list[Token], c: Candidate, capitals: dict[str, list[int]]) -> bool:
    """ "Camat Sukareja Fulan" -> "Fulan": the region of an office, where the article names it as a place.

    A title is followed by the region it governs and then the name; a region the gazetteer
    does not know is recognised by the article writing it as a place too ("Kecamatan
    Sukareja", "di Sukareja"). True when the run is that region alone ("Bupati Sukareja").
    """
    if c.cue != "title" or c.first == 0 or tokens[c.first - 1].folded not in lexicon().title_starts:
        return False
    while c.first < c.last and _written_as_place(tokens, tokens[c.first].folded, capitals):
        c.first += 1
        if c.nickname >= 0 and c.nickname < c.first:
            c.nickname = -1
    return c.first == c.last and _written_as_place(tokens, tokens[c.first].folded, capitals)
