"""One remark in two languages: an English report and an Indonesian one, compared across the lexicon.

Terms are matched through :mod:`bilingual` (lexicon, synonyms, cognates, compounds). A
translation is compared whole, by stretches of consecutive sentences (an outlet translates part
of a speech) and sentence by sentence. Both sides must cover the bar's share of their terms,
except that a translation shorter than its original may leave out what the other side adds
(a clause, a place): then the shorter side must be nearly all there (``SHORTER_SHARE``) and the
longer still well covered (``LONGER_SHARE``), the bar for same-language containment turned
into one that tolerates a translator's omissions without letting a topic overlap through.
"""

from __future__ import annotations

from collections.abc import Sequence

from kutip.index.linking.bilingual import cross_match
from kutip.index.linking.similarity import MIN_SHARED_SENTENCE
from kutip.index.linking.store import LinkDoc

__all__ = ["CROSS_BARS", "LONGER_SHARE", "SHORTER_SHARE", "cross_report"]

# terms shared and each side's share across languages, by how far the speakers agree;
# two known people never link across languages
CROSS_BARS: dict[str, tuple[float, float]] = {
    "same": (4.0, 0.5),
    "undated": (5.0, 0.5),  # one speaker, but no two dates confirm one occasion: one term more
    "unknown": (6.0, 0.75),
}
SHORTER_SHARE = 0.65  # of the shorter side's terms, when the longer side's share is below the bar
LONGER_SHARE = 0.4  # of the longer side's terms, then


def _both_ways(english: Sequence[str], indonesian: Sequence[str], bar: tuple[float, float]) -> bool:
    """Enough shared terms, and on each side at least the bar's share of its terms found in the
    other, or the shorter side nearly all found and the longer well covered: a short text on
    the subject of a long one is not its translation, but a translation that leaves a clause out is."""
    found = cross_match(english, indonesian)
    if found.numbers_conflict or found.shared < bar[0]:
        return False
    if min(found.english_share, found.indonesian_share) >= bar[1]:
        return True
    english_shorter = len(set(english)) <= len(set(indonesian))
    shorter, longer = (
        (found.english_share, found.indonesian_share)
        if english_shorter
        else (found.indonesian_share, found.english_share)
    )
    return shorter >= max(SHORTER_SHARE, bar[1]) and longer >= LONGER_SHARE


_MAX_STRETCH = 3  # consecutive sentences one outlet may have translated out of a longer quote


def _stretches(sentences: Sequence[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """Each sentence, and each run of up to ``_MAX_STRETCH`` consecutive sentences, short of the
    whole: an outlet translates a stretch of a speech, not always one sentence of it."""
    found = []
    for size in range(1, min(_MAX_STRETCH, len(sentences) - 1) + 1):
        for start in range(len(sentences) - size + 1):
            found.append(tuple(t for part in sentences[start : start + size] for t in part))
    return found


def cross_report(a: LinkDoc, b: LinkDoc, how: str) -> bool:
    """One remark in two languages: the whole texts, or one sentence of either, across the lexicon."""
    if how not in CROSS_BARS:
        return False
    english, other = (a, b) if a.lang == "en" else (b, a)
    whole = CROSS_BARS[how]
    if _both_ways(english.terms, other.terms, whole):
        return True
    least = (max(whole[0], MIN_SHARED_SENTENCE + 1), whole[1])
    if any(_both_ways(p, other.terms, least) for p in _stretches(english.sentences)):
        return True
    if any(_both_ways(english.terms, p, least) for p in _stretches(other.sentences)):
        return True
    # one sentence of each: outlets translate different stretches of one speech
    return (
        len(english.sentences) > 1
        and len(other.sentences) > 1
        and any(_both_ways(p, q, least) for p in english.sentences for q in other.sentences)
    )
