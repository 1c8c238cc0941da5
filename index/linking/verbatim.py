"""A short quote copied word for word: compared with its function words, which a short remark is
mostly made of.

"Itu tidak benar, saya pemimpin yang nggak bisa ditekan" keeps two content terms once function
words go (``pimpin``, ``tekan``): too few for the bars of :mod:`similarity`, though two outlets
quoting those ten words in that order quote one remark. The words here are the linker's terms
with function words kept (:func:`normalise.content_terms`: variants folded, so ``nggak`` is
``tidak``, fillers dropped, words stemmed). Either the longer says ``VERBATIM_SHARE`` of the
shorter's words in the same order (a transcription dropping a word), or both say one unbroken
run of them covering ``RUN_SHARE`` of the shorter (outlets cutting one remark at different
places), or both say the same words in the same places but one content word (an outlet's edit or a
transcription of one word: "bahas situasi terakhir" / "bahas situasi terkini"; a function word
changed, "sudah" / "belum", "itu" / "ini", is another remark); either way at least
``VERBATIM_WORDS`` words (``UNDATED_WORDS`` when no two dates confirm one occasion). On one day a
quote of ``WHOLE_RUN_WORDS`` words the other says whole, as one unbroken run, is that remark cut
shorter too ("lebih baik jadi nelayan" of "saya lebih baik menjadi nelayan saja": a page's headline
quote of an answer's last words). A remark of fewer words still, said whole by both once a
repeat is said once ("dibelah saja" / "sudah dibelah saja, sudah dibelah saja"), is one remark on
one day too (:func:`short_whole`). Only for one speaker (:mod:`update` asks).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from kutip.index.language import lines
from kutip.index.linking.normalise import content_terms
from kutip.index.linking.similarity import in_order

__all__ = [
    "RUN_SHARE",
    "UNDATED_WORDS",
    "VERBATIM_SHARE",
    "VERBATIM_WORDS",
    "WHOLE_RUN_WORDS",
    "all_words",
    "longest_run",
    "one_word_changed",
    "short_whole",
    "verbatim",
    "word_for_word",
]

VERBATIM_WORDS = 5
UNDATED_WORDS = 6  # without two dates a five-word stock reply ("saya tidak tahu soal itu") is too little
VERBATIM_SHARE = 0.9
WHOLE_RUN_WORDS = 4  # a shorter quote given whole, one run, on one day (a stock phrase is said on others)
RUN_SHARE = 0.5


def all_words(text: str, lang: str) -> tuple[str, ...]:
    """The quote's words as the linker compares them, function words kept."""
    return tuple(content_terms(text, lang, function_words=True))


def verbatim(a: Sequence[str], b: Sequence[str], *, dated: bool) -> bool:
    """Whether the longer of two word lists says nearly all of the shorter's words in its order.
    ``dated``: two dates confirm one occasion."""
    shorter, longer = (a, b) if len(a) <= len(b) else (b, a)
    if dated and len(shorter) >= WHOLE_RUN_WORDS and longest_run(shorter, longer) == len(shorter):
        return True
    if dated and short_whole(a, b):
        return True
    least = VERBATIM_WORDS if dated else UNDATED_WORDS
    if len(shorter) < least:
        return False
    kept, _ = in_order(shorter, longer)
    if kept >= VERBATIM_SHARE * len(shorter) or one_word_changed(shorter, longer):
        return True
    run = longest_run(shorter, longer)
    return run >= least and run >= RUN_SHARE * len(shorter)


def said_once(words: Sequence[str]) -> tuple[str, ...]:
    """The words with a remark repeated whole in a row said once ("sudah, sudah" is "sudah")."""
    for period in range(1, len(words) // 2 + 1):
        if len(words) % period == 0 and tuple(words) == tuple(words[:period]) * (len(words) // period):
            return tuple(words[:period])
    return tuple(words)


def short_whole(a: Sequence[str], b: Sequence[str]) -> bool:
    """Whether two remarks under ``WHOLE_RUN_WORDS`` words, each said once, are one: the shorter's
    words one unbroken run of the other's, the other's extra words (a particle, an aspect word
    outlets transcribe or drop: "udah dibelah aja") holding no negation, which says the opposite.
    Only on one day: a short remark is said again on other occasions."""
    one, two = said_once(a), said_once(b)
    shorter, longer = (one, two) if len(one) <= len(two) else (two, one)
    if not shorter or len(longer) >= WHOLE_RUN_WORDS or longest_run(shorter, longer) < len(shorter):
        return False
    extra = list(longer)
    for word in shorter:
        extra.remove(word)
    return not set(extra) & _negations()


@cache
def _negations() -> frozenset[str]:
    """Negations (``data/linking_negations.txt``), as :func:`all_words` writes them."""
    found: set[str] = set()
    for line in lines("linking_negations.txt"):
        for lang in ("id", "en"):
            found.update(all_words(line, lang))
    return frozenset(found)


def word_for_word(a: Sequence[str], b: Sequence[str], least: int) -> bool:
    """Whether the longer of two word lists says nearly all of the shorter's words in its order
    (``VERBATIM_SHARE``), or the same words with one content word changed, the shorter holding at
    least ``least`` words: one quote, not a run of it both happen to share (two people's remarks
    may share a phrase)."""
    shorter, longer = (a, b) if len(a) <= len(b) else (b, a)
    if len(shorter) < least:
        return False
    kept, _ = in_order(shorter, longer)
    return kept >= VERBATIM_SHARE * len(shorter) or one_word_changed(shorter, longer)


def longest_run(a: Sequence[str], b: Sequence[str]) -> int:
    """The longest unbroken run of words both say."""
    best = 0
    row = [0] * (len(b) + 1)
    for word in a:
        previous = 0
        for at, other in enumerate(b, 1):
            kept = row[at]
            row[at] = previous + 1 if word == other else 0
            best = max(best, row[at])
            previous = kept
    return best


@cache
def _polar() -> frozenset[str]:
    """Words whose change makes another statement (``data/linking_polarity.txt``), as
    :func:`all_words` writes them in either language."""
    found: set[str] = set()
    for line in lines("linking_polarity.txt"):
        for lang in ("id", "en"):
            found.update(all_words(line, lang))
    return frozenset(found)


def _content_word(word: str) -> bool:
    return not word.isdigit() and word not in _polar()


def one_word_changed(a: Sequence[str], b: Sequence[str]) -> bool:
    """Whether two word lists of one length differ in one place only, a content word on both sides:
    one remark with one word edited or heard otherwise. A number, or a negation, tense marker,
    pronoun or pointing word (``data/linking_polarity.txt``), changed says something else."""
    if len(a) != len(b):
        return False
    changed = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
    return len(changed) == 1 and all(_content_word(word) for word in changed[0])
