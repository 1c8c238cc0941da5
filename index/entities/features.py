"""Features of one word for the statistical tagger, the same at training and at tagging time.

A sentence is a list of words, each with the punctuation written before it (quotation
marks dropped: the training news had them stripped). Features are plain strings, cheap
to build: the word, its shape and affixes, capitals, the gap's punctuation, the project's
gazetteers and a first-name list, and the same facts about two neighbours on each side.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache, lru_cache

from kutip.index.entities.lexicon import Lexicon, lexicon
from kutip.index.language import fold, lines
from kutip.index.models import EntityType

__all__ = ["FIRST_NAMES", "Word", "first_names", "reload_first_names", "sentence_features", "use_first_names"]

FIRST_NAMES = "models/first_names.txt"

Word = tuple[str, str]  # (text, punctuation before it)

_QUOTES = re.compile(r"[\"“”«»„‘’`']")
_SHAPE_RUNS = re.compile(r"(.)\1+")


@cache
def _shipped_first_names() -> frozenset[str]:
    try:
        return frozenset(fold(w) for w in lines(FIRST_NAMES))
    except FileNotFoundError:
        return frozenset()


_names_override: list[frozenset[str]] = []  # set only while the person filter trains


def first_names() -> frozenset[str]:
    """Folded given names learnt from the training data (written by ``make model``)."""
    return _names_override[0] if _names_override else _shipped_first_names()


def reload_first_names() -> None:
    """Reads the shipped list again on next use (after ``make model`` rewrote it)."""
    _shipped_first_names.cache_clear()


def use_first_names(names: frozenset[str] | None) -> None:
    """Reads ``names`` as the first-name list from now on, or the shipped list again (None).

    Only the training tool calls this, so that text the person filter learns from is
    analysed with the names learnt without it, as unseen text is.
    """
    _names_override.clear()
    if names is not None:
        _names_override.append(names)


_MARKS: dict[str, str] = {}  # gaps repeat endlessly (" ", ", ", ". "): each is read once
_ASCII_SHAPES = str.maketrans(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", "X" * 26 + "x" * 26 + "d" * 10
)


def gap_mark(gap: str) -> str:
    """The punctuation of a gap, without spaces and quotation marks ("," "(" "." or "")."""
    mark = _MARKS.get(gap)
    if mark is None:
        mark = _QUOTES.sub("", "".join(gap.split()))[:2]
        if len(gap) <= 8:
            _MARKS[gap] = mark
    return mark


def _shape(word: str) -> str:
    if word.isascii():
        shaped = word.translate(_ASCII_SHAPES)
    else:
        shaped = "".join(
            "X" if c.isupper() else "x" if c.islower() else "d" if c.isdigit() else c for c in word
        )
    return _SHAPE_RUNS.sub(r"\1", shaped)


@cache
def _lists() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Single-word titles, places and organisations of the lexicon."""
    lex = lexicon()
    titles = frozenset(k[0] for k in lex.titles if len(k) == 1) - lex.rule_titles
    places: set[str] = set()
    orgs: set[str] = set()
    for table in (lex.entries, lex.exact_entries):
        for key, entry in table.items():
            if len(key) == 1 and key not in lex.rule_entries:
                (places if entry.type is EntityType.PLACE else orgs).add(fold(key[0]))
    return titles, frozenset(places), frozenset(orgs)


def _own(word: str, folded: str, mark: str, lex: Lexicon, names: frozenset[str]) -> list[str]:
    titles, places, orgs = _lists()
    cap = word[:1].isupper()
    facts = [
        "w=" + folded,
        "sh=" + _shape(word),
        "p3=" + folded[:3],
        "s2=" + folded[-2:],
        "s3=" + folded[-3:],
        "s4=" + folded[-4:],
        "g=" + mark,
    ]
    if cap:
        facts.append("cap")
    if word.isupper() and len(word) > 1:
        facts.append("allcap")
    if folded in titles:
        facts.append("title")
    elif folded in lex.title_starts and folded not in lex.rule_titles:
        facts.append("title1")
    if folded in places:
        facts.append("place")
    if folded in orgs:
        facts.append("org")
    if folded in names:
        facts.append("fname")
    if folded in lex.common:
        facts.append("common")
    if folded in lex.portfolios and folded not in lex.rule_portfolios:
        facts.append("portfolio")
    if folded in lex.place_heads and folded not in lex.rule_heads:
        facts.append("phead")
    if (folded,) in lex.org_heads and folded not in lex.rule_heads:
        facts.append("ohead")
    if (folded,) in lex.speech_before or folded in lex.speech_after:
        facts.append("speech")
    return facts


_POSITION_FLAGS = ("headline", "BOS", "pos1", "EOS")
_ALL_FLAGS: tuple[bool, ...] = (True, True, True, True)


@lru_cache(maxsize=4)
def _flags(known: frozenset[str]) -> tuple[bool, ...]:
    return tuple(flag in known for flag in _POSITION_FLAGS)


_NEIGHBOUR_KEEP = ("w=", "sh=", "g=", "cap", "title", "place", "org", "fname", "speech", "common", "phead")

_Facts = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...], str]


@lru_cache(maxsize=1 << 16)
def _facts(word: str, mark: str, names: frozenset[str]) -> _Facts:
    """A word's own features (after "bias") and, ready-prefixed, what it tells neighbours at -2, -1, +1, +2.

    The last item is the folded word, for the feature pairing both neighbours.
    """
    folded = fold(word)
    own = _own(word, folded, mark, lexicon(), names)
    near = [f for f in own if f.startswith(_NEIGHBOUR_KEEP)]
    return (
        ("bias", *own),
        tuple("+2" + f for f in near[:2]),
        tuple("+1" + f for f in near),
        tuple("-1" + f for f in near),
        tuple("-2" + f for f in near[:2]),
        folded,
    )


@lru_cache(maxsize=1 << 16)
def _known_facts(word: str, mark: str, names: frozenset[str], known: frozenset[str]) -> _Facts:
    """:func:`_facts` keeping only the features a trained model knows (it ignores the others anyway)."""
    folded = fold(word)
    own = _own(word, folded, mark, lexicon(), names)
    near = [f for f in own if f.startswith(_NEIGHBOUR_KEEP)]
    return (
        tuple(f for f in ("bias", *own) if f in known),
        tuple(p for f in near[:2] if (p := "+2" + f) in known),
        tuple(p for f in near if (p := "+1" + f) in known),
        tuple(p for f in near if (p := "-1" + f) in known),
        tuple(p for f in near[:2] if (p := "-2" + f) in known),
        folded,
    )


def sentence_features(
    sentence: Sequence[Word],
    names: frozenset[str] | None = None,
    headline: bool = False,
    known: frozenset[str] | None = None,
) -> list[list[str]]:
    """The feature strings of every word of one sentence.

    ``headline`` marks a line written in Title Case, where a capital proves little.

    ``names`` replaces the shipped first-name list (training passes lists learnt without the
    sentence's own fold, so the model does not learn that every training name is listed).
    A neighbour's facts are named from the word's side: "-1w=kata" is the word before.

    ``known`` (the attributes of a trained model) leaves out features the model has never
    seen: the tagger skips them, so the labels are the same and it gets fewer to read.
    """
    if names is None:
        names = first_names()
    if known is None:
        facts = [_facts(w, gap_mark(g), names) for w, g in sentence]
        flags = _ALL_FLAGS
    else:
        facts = [_known_facts(w, gap_mark(g), names, known) for w, g in sentence]
        flags = _flags(known)
    n = len(sentence)
    out: list[list[str]] = []
    for i, own in enumerate(facts):
        row = list(own[0])
        if headline and flags[0]:
            row.append("headline")
        if i == 0:
            if flags[1]:
                row.append("BOS")
        elif i == 1 and flags[2]:
            row.append("pos1")
        if i == n - 1 and flags[3]:
            row.append("EOS")
        if i >= 2:
            row += facts[i - 2][4]
        if i >= 1:
            row += facts[i - 1][3]
        if i + 1 < n:
            row += facts[i + 1][2]
            if i >= 1:
                pair = "w-1w+1=" + facts[i - 1][5] + "|" + facts[i + 1][5]
                if known is None or pair in known:
                    row.append(pair)
        if i + 2 < n:
            row += facts[i + 2][1]
        out.append(row)
    return out
