"""Fixed phrases and headline openers: capitalised runs that name no person in any context.

A nation's motto or anthem ("Bhinneka Tunggal Ika") is written in capitals like a name
and the tagger, which never saw it, may call it a person; a headline opened by "Begini"
or "Inilah" reads like a run of names. The lists are in ``data/language/not_names.txt``.
"""

from __future__ import annotations

from functools import cache

from kutip.index.entities.cues import Candidate
from kutip.index.entities.office_compounds import office_run
from kutip.index.language import Token, fold, folded_set, sections, words
from kutip.index.models import EntityType

__all__ = ["fixed_non_person"]

_LIST = "language/not_names.txt"
_CUED = frozenset({"title", "speech", "antecedent", "byline"})


@cache
def _phrases() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(fold(w) for w in words(line)) for line in sections(_LIST).get("phrases", []))


@cache
def _phrases_by_first() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The phrases by their first word: a run is compared only with the phrases one of its words opens."""
    found: dict[str, list[tuple[str, ...]]] = {}
    for phrase in _phrases():
        if phrase:
            found.setdefault(phrase[0], []).append(phrase)
    return {first: tuple(phrases) for first, phrases in found.items()}


def _holds_phrase(folded: list[str]) -> bool:
    by_first = _phrases_by_first()
    for k, word in enumerate(folded):
        for phrase in by_first.get(word, ()):
            if tuple(folded[k : k + len(phrase)]) == phrase:
                return True
    return False


def fixed_non_person(tokens: list[Token], c: Candidate, lang: str) -> bool:
    """Whether person candidate ``c`` holds a fixed phrase, is one word that names no one alone
    ("Pilgub", "Kab"), is an office's glued short name ("Diktisaintek") or is an uncued headline run
    (Indonesian)."""
    if c.type is not EntityType.PERSON:
        return False
    folded = [tokens[k].folded for k in range(c.first, c.last + 1)]
    if _holds_phrase(folded) or (len(folded) == 1 and folded[0] in folded_set(_LIST, "alone")):
        return True
    if office_run([tokens[k].text for k in range(c.first, c.last + 1)]):
        return True  # "Dirjen Diktiristek": a ministry's glued short name after a title
    return lang != "en" and c.cue not in _CUED and folded[0] in folded_set(_LIST, "openers")
