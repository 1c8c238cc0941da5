"""A check other analysers call for a name in context: could the words at ``start:end`` be a person?

The statements extractor meets speaker candidates the entity list may not hold ("kata
Selasa", "ujar Tim Redaksi"). It asks here: the word classes that are never persons say
no at once; otherwise the tagger's confidence over those words decides. The tagging of the
last few bodies is kept, so asking about every candidate of one article tags it once.
"""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache

from kutip.index.entities.classes import is_calendar_word, navigation_length
from kutip.index.entities.lexicon import lexicon
from kutip.index.entities.recent import RECENT, RecentBodies
from kutip.index.entities.tagger import Tagging, tag_tokens
from kutip.index.language import Token, tokenize

__all__ = ["PERSON_AT", "filtered_person_probability", "is_person_candidate", "person_confidence"]

PERSON_AT = 0.35  # the tagger confidence from which a candidate counts as a person
_RANK_TAILS = frozenset({("pol",), ("tni",)})  # "Irjen Pol. X", "Brigjen TNI X"


_recognised: RecentBodies[tuple[list[Token], Tagging]] = RecentBodies()


def remember_recognition(body: str, tokens: list[Token], tagging: Tagging) -> None:
    """Keeps ``recognise``'s tokens and partial tagging of ``body``: the checks on it reuse both."""
    _recognised.remember(body, (tokens, tagging))


_filtered: RecentBodies[dict[str, float]] = RecentBodies()


def remember_person_probabilities(body: str, probabilities: dict[str, float]) -> None:
    """Keeps the person filter's probabilities of the persons ``recognise`` kept in ``body``."""
    _filtered.remember(body, probabilities)


def filtered_person_probability(body: str, name: str) -> float | None:
    """The person filter's probability (0..1) for the person ``name`` that ``recognise`` kept in ``body``.

    None when ``body`` was not among the last few recognised (in Indonesian) or holds no
    such person. The speaker code may prefer candidates the filter is surer of.
    """
    return (_filtered.get(body) or {}).get(name)


@lru_cache(maxsize=RECENT)
def _tagged(body: str) -> tuple[list[Token], list[int], Tagging]:
    known = _recognised.get(body)
    if known is None:
        tokens = tokenize(body)
        return tokens, [t.start for t in tokens], tag_tokens(tokens)
    tokens, partial = known  # the same tagger on the same sentences: only the others are tagged now
    return tokens, [t.start for t in tokens], tag_tokens(tokens, done=partial)


@lru_cache(maxsize=RECENT)
def _tokenized(body: str) -> tuple[list[Token], list[int]]:
    """An English body's tokens: its check reads word classes only, so it is never tagged."""
    tokens = tokenize(body)
    return tokens, [t.start for t in tokens]


def _span(body: str, start: int, end: int) -> tuple[list[Token], int, int, Tagging]:
    tokens, starts, tagging = _tagged(body)
    return tokens, bisect_left(starts, start), bisect_left(starts, end) - 1, tagging


def person_confidence(body: str, start: int, end: int) -> float:
    """The tagger's mean probability that the words within ``body[start:end]`` name a person (0..1)."""
    _, first, last, tagging = _span(body, start, end)
    return tagging.person_score(first, last) if first <= last else 0.0


def is_person_candidate(body: str, start: int, end: int, lang: str = "id") -> bool:
    """Whether ``body[start:end]`` may name a person in its context.

    False for no capitalised word, weekdays and months, page furniture ("Tim Redaksi") and
    runs of titles and ordinary words only ("Kadiv Humas"). Otherwise true right after a
    title or rank ("Irjen Pol. X"); in Indonesian text the tagger's confidence must reach
    :data:`PERSON_AT` elsewhere. English text gets the word classes only.
    """
    if lang == "en":
        tokens, starts = _tokenized(body)
        first, last, tagging = bisect_left(starts, start), bisect_left(starts, end) - 1, None
    else:
        tokens, first, last, tagging = _span(body, start, end)
    if first > last:
        return False
    span = tokens[first : last + 1]
    folded = [t.folded for t in span]
    lex = lexicon()
    if not any(t.text[:1].isupper() for t in span) or navigation_length(folded) == len(folded):
        return False
    ordinary = lex.common | lex.portfolios | lex.title_starts
    if all(is_calendar_word(w) or w in ordinary for w in folded):
        return False
    known = lex.entry([t.text for t in span], folded) is not None or folded[0] in lex.place_heads
    titled = not known and first > 0 and (tokens[first - 1].folded,) in lex.titles | _RANK_TAILS
    return tagging is None or titled or tagging.person_score(first, last) >= PERSON_AT
