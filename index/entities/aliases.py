"""Short names an article defines for a person: "Basuki Tjahaja Purnama (Ahok)", "akrab disapa Emil".

The alias is the candidate right after the full name, either alone in parentheses (any
capitalised word that is no acronym: "(PDIP)" names a party, not the person) or after a
cue phrase from ``data/language/alias_cues.txt``, optionally led by a comma or "atau";
or the alias comes first and a phrase such as "sapaan akrab" leads to the full name (or,
with "sapaan akrabnya", points back to an earlier full name: the nearest one the nickname
is made from, else the nearest).
"""

from __future__ import annotations

from functools import cache

from kutip.index.entities.cues import Candidate
from kutip.index.language import Token, fold, sections, words
from kutip.index.models import EntityType

__all__ = ["person_aliases"]

_LEADS = frozenset({"atau", "or", "yang", "who", "is"})
_LOOK_BACK = 80  # candidates: how far back "sapaan akrabnya" looks for the person it names
_MIN_PIECE = 3  # letters a nickname shares with its owner's name, at least


@cache
def _cues(section: str) -> frozenset[tuple[str, ...]]:
    phrases = sections("language/alias_cues.txt").get(section, [])
    return frozenset(tuple(fold(w) for w in words(line)) for line in phrases)


@cache
def _longest(section: str) -> int:
    """Words in the section's longest cue (read once: asked for every lower-case word after a name)."""
    return max(len(c) for c in _cues(section))


def _cue_end(tokens: list[Token], k: int, section: str = "after_name") -> int:
    """Index of the first token after a cue phrase starting at ``k`` (leads allowed), or -1."""
    cues = _cues(section)
    if k >= len(tokens) or not tokens[k].text.islower():
        return -1  # every cue and lead is written in lower case
    longest = _longest(section)
    while k < len(tokens) and tokens[k].folded in _LEADS and tokens[k].text.islower():
        k += 1
    for length in range(longest, 0, -1):
        phrase = tuple(t.folded for t in tokens[k : k + length])
        if len(phrase) == length and phrase in cues and all(t.text.islower() for t in tokens[k : k + length]):
            return k + length
    return -1


def _parenthesised(tokens: list[Token], c: Candidate) -> bool:
    closing = tokens[c.last + 1].gap if c.last + 1 < len(tokens) else ")"
    return tokens[c.first].gap.strip() == "(" and closing.lstrip().startswith(")")


def person_aliases(tokens: list[Token], candidates: list[Candidate]) -> dict[tuple[str, ...], int]:
    """Folded words of each alias, mapped to the index of the full name's candidate."""
    found: dict[tuple[str, ...], int] = {}
    by_first = {c.first: i for i, c in enumerate(candidates)}
    for index, c in enumerate(candidates):
        if c.type is not EntityType.PERSON or c.last + 1 >= len(tokens):
            continue
        nxt = c.last + 1
        alias = by_first.get(nxt)
        if alias is not None and _parenthesised(tokens, candidates[alias]):
            short = candidates[alias]
            typed = short.type not in (None, EntityType.PERSON)
            if c.first == c.last or tokens[short.first].acronym or short.entry is not None or typed:
                continue
        else:
            # "Ranti atau akrab disapa Ran": a cue phrase names the alias of a short mention too
            end = _cue_end(tokens, nxt)
            alias = by_first.get(end) if end > 0 else None
            if alias is None and c.first < c.last:
                alias = _or_alias(tokens, candidates, by_first, c)
            if alias is None or candidates[alias].type not in (None, EntityType.PERSON):
                continue
            short = candidates[alias]
        key = tuple(tokens[k].folded for k in range(short.first, short.last + 1))
        found.setdefault(key, index)
        if short.last > short.first and _coded(tokens[short.last]):
            found.setdefault(key[:-1], index)  # "alias Fulani JKT48", "alias Fulan SID": then "Fulani" alone
    for c in candidates:  # "Emil, sapaan akrab Ridwan Kamil"
        end = _cue_end(tokens, c.last + 1, "before_name") if c.type in (None, EntityType.PERSON) else -1
        full = by_first.get(end) if end > 0 else None
        if full is None or candidates[full].type is not EntityType.PERSON or c.first != c.last:
            continue
        found.setdefault((tokens[c.first].folded,), full)
    for index, c in enumerate(candidates):  # "kata Emil, sapaan akrabnya": the person spoken of before
        if not _short_alias(tokens, c) or c.type not in (None, EntityType.PERSON):
            continue
        if _cue_end(tokens, c.last + 1, "before_pronoun") < 0:
            continue
        before = _referent(tokens, candidates, index)
        if before >= 0:
            found.setdefault(tuple(tokens[k].folded for k in range(c.first, c.last + 1)), before)
    for index, c in enumerate(candidates):  # "perempuan yang karib disapa Ani": a description's alias
        if c.first != c.last or c.type not in (None, EntityType.PERSON) or c.first < _DESCRIBED_MIN:
            continue
        if not _after_description(tokens, c.first):
            continue
        before = _referent(tokens, candidates, index)
        if before >= 0:
            found.setdefault((tokens[c.first].folded,), before)
    return found


_DESCRIBED_MIN = 3  # tokens before an alias: a description noun, "yang", the cue
_OR = frozenset({"atau", "or"})


def _or_alias(
    tokens: list[Token], candidates: list[Candidate], by_first: dict[int, int], c: Candidate
) -> int | None:
    """ "Fulan Badu atau Ulan": a nickname's shape right after a full name and a bare "atau" / "or".

    Two people offered as alternatives are written in full, or one of them is a word of another
    person's full name in the article ("Fulan Badu atau Sari", Sari Dewi named elsewhere): neither
    is taken. The alias is no acronym, no gazetteer entry and is followed by no further capital
    ("atau Badu Corp").
    """
    k = c.last + 1
    if k + 1 >= len(tokens) or tokens[k].text not in _OR or not tokens[k].gap.isspace():
        return None
    alias = by_first.get(k + 1)
    if alias is None:
        return None
    short = candidates[alias]
    if not _short_alias(tokens, short) or not tokens[k + 1].gap.isspace():
        return None
    word = tokens[short.last]
    if word.acronym or short.entry is not None or not word.text[:1].isupper():
        return None
    after = short.last + 1
    if after < len(tokens) and tokens[after].text[:1].isupper() and tokens[after].gap.isspace():
        return None
    named = {
        tokens[j].folded
        for other in candidates
        if other is not c and other.type is EntityType.PERSON and other.last > other.first
        for j in range(other.first, other.last + 1)
    }
    return None if word.folded in named else alias


def _short_alias(tokens: list[Token], c: Candidate) -> bool:
    """One word, or a word of address and one word ("Gus Fulan", "Cak Badu"): a nickname's shape."""
    if c.first == c.last:
        return True
    return c.last == c.first + 1 and (tokens[c.first].folded,) in _cues("address")


def _after_description(tokens: list[Token], k: int) -> bool:
    """Whether the alias at token ``k`` follows a cue phrase ("karib disapa") that a description of a
    person opens ("perempuan yang", "pria yang"): the alias is the person the article speaks of."""
    described = _cues("described")
    return any(
        (tokens[d].folded,) in described and _cue_end(tokens, d + 1) == k for d in range(max(0, k - 5), k - 1)
    )


def _referent(tokens: list[Token], candidates: list[Candidate], index: int) -> int:
    """The full name "Emil, sapaan akrabnya" points back to, or -1.

    A nickname is made from its owner's name ("Emil" from "Kamil", "Tris" from "Sutrisno"),
    so the earlier full name sharing the longest piece of it (three letters or more; the
    nearest on a tie) wins over a nearer name sharing none, such as one the sentence
    mentioned in passing; failing that, the nearest full name.
    """
    alias = tokens[candidates[index].first].folded
    nearest = best = -1
    best_piece = _MIN_PIECE - 1
    for k in range(index - 1, max(index - _LOOK_BACK, 0) - 1, -1):
        c = candidates[k]
        if c.type is not EntityType.PERSON or not _full(c):
            continue
        if nearest < 0:
            nearest = k
        piece = max(_longest_piece(alias, tokens[j].folded) for j in range(c.first, c.last + 1))
        if piece > best_piece:
            best, best_piece = k, piece
    return best if best >= 0 else nearest


def _longest_piece(alias: str, word: str) -> int:
    """Length of the longest run of letters of ``alias`` that ``word`` holds too."""
    for size in range(len(alias), 0, -1):
        if any(alias[i : i + size] in word for i in range(len(alias) - size + 1)):
            return size
    return 0


def _coded(token: Token) -> bool:
    """A group's or band's tag after a stage name ("JKT48", "SID"): capitals or digits, no name word."""
    return token.acronym or any(ch.isdigit() for ch in token.text)


def _full(c: Candidate) -> bool:
    return c.last > c.first
